package dev.migrate.engine.graph;

import java.util.List;

/**
 * The two ends of a resolved history range, as revision ids in load order.
 *
 * @param lower the revisions the range starts at (included); empty means base
 * @param upper the revisions the range ends at; empty means there is nothing to show
 */
public record RangeBounds(List<String> lower, List<String> upper) {

    public RangeBounds {
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
    }
}
