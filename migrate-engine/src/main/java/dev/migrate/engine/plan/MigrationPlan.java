package dev.migrate.engine.plan;

import java.util.List;
import java.util.Objects;

/**
 * The steps an upgrade or downgrade runs, in execution order, with the version-table rows before
 * and after.
 *
 * @param direction upgrade or downgrade
 * @param steps what runs, in order; empty when there is nothing to do
 * @param startHeads the version-table rows before the first step, in load order
 * @param resultingHeads the version-table rows after the last step, in load order
 */
public record MigrationPlan(Direction direction, List<PlannedStep> steps, List<String> startHeads,
        List<String> resultingHeads) {

    public MigrationPlan {
        Objects.requireNonNull(direction, "direction");
        steps = List.copyOf(steps);
        startHeads = List.copyOf(startHeads);
        resultingHeads = List.copyOf(resultingHeads);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The ids of the revisions the steps run, in order. */
    public List<String> revisionIds() {
        return steps.stream().map(PlannedStep::revisionId).toList();
    }
}
