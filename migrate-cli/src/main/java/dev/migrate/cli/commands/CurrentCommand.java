package dev.migrate.cli.commands;

import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RevisionText;
import dev.migrate.engine.RevisionView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate current}: the revisions the database is at. */
@Command(name = "current", 
        description = "Show the revision(s) the database is at; nothing when it has none.")
public final class CurrentCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Name the database and show full entries.")
    boolean verbose;

    @Option(names = "--json", description = "Print a JSON array of revision objects.")
    boolean json;

    @Override
    int run() {
        List<RevisionView> current = migrator().current();
        if (json) {
            RevisionJson.print(RevisionJson.array(current, true), out());
            return 0;
        }
        if (verbose) {
            out().println("Current revision(s) for " + migrator().config().database().redactedUrl() + ":");
        }
        current.forEach(r -> out().println(verbose ? RevisionText.logEntry(r) : RevisionText.currentLine(r)));
        return 0;
    }
}
