package dev.migrate.engine.render;

import dev.migrate.api.spi.Statement;
import dev.migrate.engine.plan.PlannedStep;
import java.util.List;

/**
 * One step of a plan with the SQL that carries it out: the operations' statements, then the
 * version-table statements. Online and offline runs consume the same rendered steps.
 */
public record RenderedStep(PlannedStep step, List<Statement> statements, List<Statement> versionStatements) {

    public RenderedStep {
        statements = List.copyOf(statements);
        versionStatements = List.copyOf(versionStatements);
    }

    /** The checksum of the step's statements (not the version-table ones), see {@link Checksums}. */
    public String checksum() {
        return Checksums.of(statements);
    }

    /** The comment that opens the step in a script: {@code Running upgrade a -> b, message}. */
    public String description() {
        String message = step.revision().message().lines().findFirst().orElse("").strip();
        return "Running " + step.direction().name().toLowerCase(java.util.Locale.ROOT) + " "
                + String.join(", ", step.fromIds()) + " -> " + String.join(", ", step.toIds())
                + (message.isEmpty() ? "" : ", " + message);
    }
}
