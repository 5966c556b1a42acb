package io.pressflow.dashboard.model;

import java.util.ArrayList;
import java.util.List;

/** Dead letters of one exception class: how many, and the latest few with their reasons. */
public record DeadLetterCount(String exception, long count, List<DeadLetter> latest) {
    public static final int LATEST = 10;
    public static final DeadLetterCount NONE = new DeadLetterCount(null, 0, List.of());

    public DeadLetterCount {
        latest = List.copyOf(latest);
    }

    public DeadLetterCount add(DeadLetter d) {
        List<DeadLetter> next = new ArrayList<>(latest.size() + 1);
        next.add(d);
        next.addAll(latest.size() >= LATEST ? latest.subList(0, LATEST - 1) : latest);
        return new DeadLetterCount(d.exception(), count + 1, next);
    }
}
