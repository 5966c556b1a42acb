package io.pressflow.extract.quote;

import java.util.List;
import java.util.function.ToIntFunction;

/** Lookups in lists kept in text order (quote spans by opening mark, mentions by first token). */
final class InOrder {
    private InOrder() {}

    /** Index of the last item whose position is below {@code k}, or -1; positions never decrease along the list. */
    static <T> int lastBefore(List<T> items, ToIntFunction<? super T> position, int k) {
        int lo = 0;
        int hi = items.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (position.applyAsInt(items.get(mid)) < k) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
