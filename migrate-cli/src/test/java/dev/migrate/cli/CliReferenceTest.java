package dev.migrate.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/cli-reference.md shows every command's {@code --help} exactly as the code prints it. Run
 * with {@code -Ddocs.regenerate=true} to rewrite the generated part after changing a command.
 */
class CliReferenceTest {

    private static final Path DOC = Path.of("..", "docs", "cli-reference.md");
    private static final String MARKER = "<!-- Generated from --help by CliReferenceTest; edit above this line. -->";

    @Test
    void everyCommandsHelpIsInTheReference() throws IOException {
        StringBuilder generated = new StringBuilder(MARKER).append("\n\n## `migrate`\n\n```\n")
                .append(CliRun.of("--help").out().strip()).append("\n```\n");
        for (String command : Commands.names()) {
            generated.append("\n## `migrate ").append(command).append("`\n\n```\n")
                    .append(CliRun.of(command, "--help").out().strip()).append("\n```\n");
        }
        GeneratedDocs.check(DOC, MARKER, generated.toString(), "CliReferenceTest");
    }
}
