package dev.migrate.cli.commands;

import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RevisionText;
import dev.migrate.engine.RevisionView;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate history}: revisions newest first, optionally a range of them. */
@Command(name = "history", 
        description = "List revisions, newest first.")
public final class HistoryCommand extends ProjectCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[START]:[END]",
            description = "Only revisions from START to END (ids, labels, head, base, current, -N).")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision's full entry.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revisions.")
    boolean indicateCurrent;

    @Option(names = "--json", description = "Print a JSON array of revision objects.")
    boolean json;

    @Override
    int run() {
        List<RevisionView> history = migrator().history(Optional.ofNullable(range), indicateCurrent);
        if (json) {
            RevisionJson.print(RevisionJson.array(history, indicateCurrent), out());
        } else if (verbose) {
            history.forEach(r -> out().println(RevisionText.logEntry(r)));
        } else {
            StringBuilder lines = new StringBuilder(history.size() * 96);
            String separator = System.lineSeparator();
            for (RevisionView r : history) {
                RevisionText.appendHistoryLine(lines, r).append(separator);
            }
            out().print(lines);
        }
        return 0;
    }
}
