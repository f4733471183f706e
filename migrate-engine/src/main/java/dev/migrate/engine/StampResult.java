package dev.migrate.engine;

import dev.migrate.engine.plan.VersionChange;
import java.util.List;

/**
 * What {@code stamp} did to the version table.
 *
 * @param before the rows before
 * @param changes the inserts, updates and deletes applied
 * @param after the rows after
 */
public record StampResult(List<String> before, List<VersionChange> changes, List<String> after) {

    public StampResult {
        before = List.copyOf(before);
        changes = List.copyOf(changes);
        after = List.copyOf(after);
    }
}
