package dev.migrate.cli.commands;

import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RevisionText;
import dev.migrate.engine.RevisionView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate heads}: the heads of the revision graph. */
@Command(name = "heads", description = "Show the heads of the revision graph.")
public final class HeadsCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each head's full entry.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Leave out heads that other revisions depend on.")
    boolean resolveDependencies;

    @Option(names = "--json", description = "Print a JSON array of revision objects.")
    boolean json;

    @Override
    int run() {
        List<RevisionView> heads = migrator().heads(resolveDependencies);
        if (json) {
            RevisionJson.print(RevisionJson.array(heads, false), out());
        } else {
            heads.forEach(h -> out().println(verbose ? RevisionText.logEntry(h) : RevisionText.headLine(h)));
        }
        return 0;
    }
}
