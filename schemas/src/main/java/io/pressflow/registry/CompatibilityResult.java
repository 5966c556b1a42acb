package io.pressflow.registry;

import java.util.List;

/** The registry's answer to "may this schema become the subject's next version?". */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
