package dev.migrate.engine.execution;

import dev.migrate.engine.plan.Direction;
import java.time.Duration;
import java.util.Objects;

/**
 * One step an online run applied.
 *
 * @param revision the revision whose upgrade or downgrade ran
 * @param direction which of the two
 * @param description {@code Running upgrade a -> b, message}
 * @param elapsed how long its statements took
 */
public record AppliedStep(String revision, Direction direction, String description, Duration elapsed) {

    public AppliedStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
