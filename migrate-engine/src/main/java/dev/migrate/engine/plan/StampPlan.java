package dev.migrate.engine.plan;

import java.util.List;

/**
 * What {@code stamp} writes to the version table; no revision code runs.
 *
 * @param purge whether every row is deleted first (the rows may name revisions the scripts no longer have)
 * @param changes the statements after the optional purge, in order
 * @param startHeads the rows before the stamp, as given
 * @param resultingHeads the rows after it, in load order
 */
public record StampPlan(boolean purge, List<VersionChange> changes, List<String> startHeads,
        List<String> resultingHeads) {

    public StampPlan {
        changes = List.copyOf(changes);
        startHeads = List.copyOf(startHeads);
        resultingHeads = List.copyOf(resultingHeads);
    }

    /** Whether the stamp leaves the table as it is. */
    public boolean isEmpty() {
        return !purge && changes.isEmpty();
    }
}
