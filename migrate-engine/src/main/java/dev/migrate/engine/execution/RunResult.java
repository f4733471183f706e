package dev.migrate.engine.execution;

import dev.migrate.engine.plan.Direction;
import java.time.Duration;
import java.util.List;

/**
 * What an online upgrade or downgrade did.
 *
 * @param direction upgrade or downgrade
 * @param applied the steps this run applied, in order; empty when there was nothing to do
 * @param startHeads the version-table rows when the run took the lock (sorted)
 * @param resultingHeads the rows afterwards (sorted)
 * @param elapsed the whole run, lock wait included
 */
public record RunResult(Direction direction, List<AppliedStep> applied, List<String> startHeads,
        List<String> resultingHeads, Duration elapsed) {

    public RunResult {
        applied = List.copyOf(applied);
        startHeads = List.copyOf(startHeads);
        resultingHeads = List.copyOf(resultingHeads);
    }
}
