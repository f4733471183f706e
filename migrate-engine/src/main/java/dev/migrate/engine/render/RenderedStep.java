package dev.migrate.engine.render;

import dev.migrate.api.spi.Statement;
import dev.migrate.engine.plan.PlannedStep;
import java.util.List;

/**
 * One step of a plan with the SQL that carries it out: the operations' statements, then the
 * version-table statements. Online and offline runs consume the same rendered steps.
 */
public final class RenderedStep {

    private final PlannedStep step;
    private final List<Statement> statements;
    private final List<Statement> versionStatements;
    /** {@link #checksum()}, once computed (a String is safe to share without a lock). */
    private String checksum;

    public RenderedStep(PlannedStep step, List<Statement> statements, List<Statement> versionStatements) {
        this.step = step;
        this.statements = List.copyOf(statements);
        this.versionStatements = List.copyOf(versionStatements);
    }

    public PlannedStep step() {
        return step;
    }

    /** The operations' statements. */
    public List<Statement> statements() {
        return statements;
    }

    /** The statements that move the version table. */
    public List<Statement> versionStatements() {
        return versionStatements;
    }

    /**
     * The checksum of the step's statements (not the version-table ones), see {@link Checksums};
     * computed once (an online run computes it on the thread that renders ahead).
     */
    public String checksum() {
        String known = checksum;
        if (known == null) {
            known = Checksums.of(statements);
            checksum = known;
        }
        return known;
    }

    /** The comment that opens the step in a script: {@code Running upgrade a -> b, message}. */
    public String description() {
        String message = step.revision().message().lines().findFirst().orElse("").strip();
        return "Running " + step.direction().name().toLowerCase(java.util.Locale.ROOT) + " "
                + String.join(", ", step.fromIds()) + " -> " + String.join(", ", step.toIds())
                + (message.isEmpty() ? "" : ", " + message);
    }

    @Override
    public String toString() {
        return "RenderedStep[" + step + ", " + statements.size() + " statements]";
    }
}
