package dev.migrate.engine.execution;

import dev.migrate.api.spi.Dialect;
import dev.migrate.engine.plan.PlannedStep;
import dev.migrate.engine.runtime.DatabaseConnector;
import java.util.List;

/** The one-line messages for a step that failed, per how much of it the database kept. */
final class StepFailures {

    private static final int SQL_LENGTH = 300;

    private StepFailures() {
    }

    /** Whether the database may have kept part of the step: DDL committed before the failing statement. */
    static boolean halfApplied(StepExecutor.StepFailure failure, Dialect dialect) {
        return failure.ranOutsideTransaction || !dialect.capabilities().transactionalDdl() && failure.index > 0;
    }

    /**
     * The message: which step, which statement, the database's error, what the database holds now
     * and how to continue.
     *
     * @param committed the version-table rows as last committed
     */
    static String message(StepExecutor.StepFailure failure, DatabaseConnector connector, List<String> committed) {
        PlannedStep step = failure.step.step();
        String what = failure.step.description().replaceFirst("^Running ", "") + " failed at statement "
                + (failure.index + 1) + " of " + failure.total() + " [" + sql(failure.statement.sql()) + "]: "
                + connector.clean(failure.sqlException());
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        // PostgreSQL ends its detail lines with a period; one sentence end is enough.
        what = what.replaceFirst("\\.+$", "");
        if (!halfApplied(failure, connector.dialect())) {
            return what + ". Its transaction was rolled back; the version table is still at " + ids(committed)
                    + ". Fix the script and run again.";
        }
        String from = ids(step.fromIds());
        String to = ids(step.toIds());
        return what + ". The " + connector.dialect().name() + " database commits DDL at once, so this step may be "
                + "half applied while the version table still says " + ids(committed) + ". Fix the script and the "
                + "database, then run 'migrate stamp " + to + "' if the step's changes are all in place, or 'migrate stamp "
                + from + "' to retry the step with the next run.";
    }

    private static String sql(String sql) {
        String line = sql.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() <= SQL_LENGTH ? line : line.substring(0, SQL_LENGTH) + "...";
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(" ", ids);
    }
}
