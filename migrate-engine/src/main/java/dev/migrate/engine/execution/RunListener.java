package dev.migrate.engine.execution;

import dev.migrate.api.spi.Statement;
import dev.migrate.engine.render.RenderedStep;

/** Hears what an online run does as it happens: the command line's progress, a test's capture. */
public interface RunListener {

    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** Step {@code index} (from 0) of {@code total} is about to run. */
    default void stepStarting(RenderedStep step, int index, int total) {
    }

    /** Step {@code index} of {@code total} ran, and is committed when each migration has its own transaction. */
    default void stepApplied(AppliedStep step, int index, int total) {
    }

    /** A statement ran: the version table's creation, a step's statement or a version-table change. */
    default void statementExecuted(Statement statement) {
    }
}
