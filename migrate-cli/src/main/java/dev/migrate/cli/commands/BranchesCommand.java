package dev.migrate.cli.commands;

import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RevisionText;
import dev.migrate.engine.RevisionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate branches}: each branch point and the revisions it branches into. */
@Command(name = "branches", 
        description = "Show the branch points of the revision graph and the revisions each branches into.")
public final class BranchesCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show full entries and messages.")
    boolean verbose;

    @Option(names = "--json", description = "Print a JSON array of revision objects, each with 'branches_into'.")
    boolean json;

    @Override
    int run() {
        List<RevisionView> points = migrator().branches();
        if (json) {
            List<Object> array = new ArrayList<>();
            for (RevisionView point : points) {
                Map<String, Object> object = RevisionJson.object(point, false);
                object.put("branches_into", point.children());
                array.add(object);
            }
            RevisionJson.print(array, out());
            return 0;
        }
        for (RevisionView point : points) {
            out().println(verbose ? RevisionText.logEntry(point) : RevisionText.branchLine(point));
            String indent = " ".repeat(point.id().length());
            for (String child : point.children()) {
                RevisionView view = migrator().view(child);
                out().println(indent + " -> " + RevisionText.branchLine(view) + (verbose ? ", " + view.header().message() : ""));
            }
            out().println();
        }
        return 0;
    }
}
