package dev.migrate.cli.commands;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.config.ScriptFormat;
import dev.migrate.engine.scaffold.RevisionRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate revision -m MESSAGE}: writes a new revision script. */
@Command(name = "revision", 
        description = "Write a new revision script on the current head (or on --head).")
public final class RevisionCommand extends ProjectCommand {

    @Option(names = {"-m", "--message"}, defaultValue = "", description = "What the revision does; also names the file.")
    String message;

    @Option(names = "--head", defaultValue = "head", paramLabel = "REV",
            description = "Revision to build on: a head, 'base' for a new root, or with --splice any revision. Default: head.")
    String head;

    @Option(names = "--splice", description = "Allow --head to be a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label for the new branch (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revision or label this one depends on (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revisionId;

    @Option(names = "--version-path", paramLabel = "DIR", description = "Version location to write the file into.")
    Path versionPath;

    @Option(names = "--format", paramLabel = "java|yaml|json",
            description = "File format (default: revision_format in the configuration, else java).")
    String format;

    @Override
    int run() {
        RevisionRequest request = new RevisionRequest(message, List.of(head), splice, branchLabels, dependsOn,
                Optional.ofNullable(revisionId), Optional.ofNullable(versionPath), Formats.parse(format));
        RevisionHeader written = migrator().revision(request);
        out().println("Generating " + written.source() + " ...  done");
        return 0;
    }

    /** Parses {@code --format}. */
    static final class Formats {
        private Formats() {
        }

        static Optional<ScriptFormat> parse(String format) {
            if (format == null) {
                return Optional.empty();
            }
            for (ScriptFormat f : ScriptFormat.values()) {
                if (f.name().equalsIgnoreCase(format)) {
                    return Optional.of(f);
                }
            }
            throw new dev.migrate.engine.config.ConfigException("Unknown --format '" + format + "'; use java, yaml or json");
        }
    }
}
