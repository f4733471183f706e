package dev.migrate.cli.commands;

import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RevisionText;
import dev.migrate.engine.RevisionView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate show REV}: the full entry of the revisions a symbol names. */
@Command(name = "show", 
        description = "Show the revision(s) REV names: an id or unique prefix, a label, head, heads, label@head, current.")
public final class ShowCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV")
    String revision;

    @Option(names = "--json", description = "Print a JSON array of revision objects.")
    boolean json;

    @Override
    int run() {
        List<RevisionView> revisions = migrator().show(revision);
        if (json) {
            RevisionJson.print(RevisionJson.array(revisions, false), out());
        } else {
            revisions.forEach(r -> out().println(RevisionText.logEntry(r)));
        }
        return 0;
    }
}
