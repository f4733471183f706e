package dev.migrate.cli.commands;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.AutogenerateResult;
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

    @Option(names = "--autogenerate", description = "Fill the revision with the operations that make the database match "
            + "the target model (target_model in the configuration), and their downgrade. The database must be at head.")
    boolean autogenerate;

    @Option(names = "--offline", description = "With --autogenerate: compare the target model with the schema the "
            + "revisions imply instead of the database (no connection needed).")
    boolean offline;

    @Override
    int run() {
        RevisionRequest request = new RevisionRequest(message, List.of(head), splice, branchLabels, dependsOn,
                Optional.ofNullable(revisionId), Optional.ofNullable(versionPath), Formats.parse(format));
        if (offline && !autogenerate) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--offline is an option of --autogenerate");
        }
        if (autogenerate) {
            AutogenerateResult result = migrator().autogenerate(request, offline);
            if (result.written().isEmpty()) {
                out().println("No changes in schema detected; no revision written.");
                return 0;
            }
            result.diff().descriptions().forEach(d -> out().println("Detected " + d));
            out().println("Generating " + result.written().get().source() + " ...  done");
            return 0;
        }
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
