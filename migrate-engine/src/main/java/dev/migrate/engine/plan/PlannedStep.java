package dev.migrate.engine.plan;

import dev.migrate.api.revision.RevisionHeader;
import java.util.List;
import java.util.Objects;

/**
 * One revision to run in one direction, with the version-table statements that follow it.
 *
 * @param revision the revision whose upgrade or downgrade runs
 * @param direction which of the two runs
 * @param versionChanges the version-table statements after it, in execution order
 */
public record PlannedStep(RevisionHeader revision, Direction direction, List<VersionChange> versionChanges) {

    public PlannedStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        versionChanges = List.copyOf(versionChanges);
    }

    public String revisionId() {
        return revision.id();
    }

    /** Revisions the step moves from, as in {@code Running upgrade a, b -> c}: the parents, or this revision on the way down. */
    public List<String> fromIds() {
        return direction == Direction.UPGRADE ? revision.revises() : List.of(revision.id());
    }

    /** Revisions the step moves to: this revision, or its parents on the way down. */
    public List<String> toIds() {
        return direction == Direction.UPGRADE ? List.of(revision.id()) : revision.revises();
    }

    /** {@code upgrade a, b -> c} or {@code downgrade c -> a, b}, for log lines and comments. */
    public String describe() {
        return (direction == Direction.UPGRADE ? "upgrade " : "downgrade ") + String.join(", ", fromIds()) + " -> "
                + String.join(", ", toIds());
    }
}
