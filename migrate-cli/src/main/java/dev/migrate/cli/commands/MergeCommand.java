package dev.migrate.cli.commands;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.scaffold.RevisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate merge REVS... -m MESSAGE}: writes a revision that merges branches. */
@Command(name = "merge", 
        description = "Write a revision that merges two or more revisions ('heads' merges every head).")
public final class MergeCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "Revisions to merge, or 'heads'.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, description = "What the merge is for. Default: 'merge' and the ids.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label for the merge revision (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revisionId;

    @Option(names = "--splice", description = "Allow merging revisions that are not heads.")
    boolean splice;

    @Option(names = "--format", paramLabel = "java|yaml|json", description = "File format.")
    String format;

    @Override
    int run() {
        RevisionRequest request = new RevisionRequest(message == null ? "" : message, revisions, splice, branchLabels,
                List.of(), Optional.ofNullable(revisionId), Optional.empty(), RevisionCommand.Formats.parse(format));
        RevisionHeader written = migrator().merge(request);
        out().println("Generating " + written.source() + " ...  done");
        return 0;
    }
}
