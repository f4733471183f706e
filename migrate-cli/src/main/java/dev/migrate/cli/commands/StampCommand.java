package dev.migrate.cli.commands;

import dev.migrate.engine.StampResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate stamp REV...}: sets the version table without running migrations. */
@Command(name = "stamp", 
        description = "Set the database's revision(s) in the version table without running any migration.")
public final class StampCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to stamp: ids, labels, head, heads, base.")
    List<String> revisions;

    @Option(names = "--purge", description = "Empty the version table first, even when it names unknown revisions.")
    boolean purge;

    @Override
    int run() {
        StampResult result = migrator().stamp(revisions, purge);
        out().println("Stamped " + (result.before().isEmpty() ? "<base>" : String.join(", ", result.before())) + " -> "
                + (result.after().isEmpty() ? "<base>" : String.join(", ", result.after())));
        return 0;
    }
}
