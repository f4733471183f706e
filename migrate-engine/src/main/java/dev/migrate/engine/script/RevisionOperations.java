package dev.migrate.engine.script;

import dev.migrate.api.MigrateException;
import dev.migrate.api.Migration;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.compiler.JavaRevisionLoader;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.config.ScriptFormat;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.source.ScriptException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The operations of one revision in one direction, from its script: a Java script is compiled
 * (or taken from the cache) and run against a {@link RecordingOperations}; a YAML or JSON
 * script's {@code upgrade:} or {@code downgrade:} list is read. Only the scripts a command needs
 * are loaded.
 */
public final class RevisionOperations {

    private RevisionOperations() {
    }

    /**
     * The operations {@code header}'s script records for {@code direction}.
     *
     * @throws MigrateException ({@link MigrateException.Kind#REVISION}) when the script cannot be
     *     compiled, read or run; the message names the revision and file
     */
    public static List<Operation> load(RevisionHeader header, Direction direction, ProjectConfig config) {
        return load(header, direction, config, JavaRevisionLoader.shared());
    }

    /**
     * As {@link #load(RevisionHeader, Direction, ProjectConfig)}, for a Java script whose text is
     * in {@code read} (by path) when it was read already in this run.
     */
    public static List<Operation> load(RevisionHeader header, Direction direction, ProjectConfig config,
            Map<Path, String> read) {
        return load(header, direction, config, JavaRevisionLoader.shared(), read);
    }

    /** As {@link #load(RevisionHeader, Direction, ProjectConfig)}, compiling Java scripts with {@code loader}. */
    public static List<Operation> load(RevisionHeader header, Direction direction, ProjectConfig config,
            JavaRevisionLoader loader) {
        return load(header, direction, config, loader, Map.of());
    }

    private static List<Operation> load(RevisionHeader header, Direction direction, ProjectConfig config,
            JavaRevisionLoader loader, Map<Path, String> read) {
        Path file = Path.of(header.source());
        ScriptFormat format = ScriptFormat.ofFileName(file.getFileName().toString()).orElseThrow(() ->
                new ScriptException(header.source() + ": revision " + header.id() + " has no script file (.java, .yaml, "
                        + ".yml or .json) to load operations from"));
        RecordingOperations recorder = new RecordingOperations(config.namingConvention(), config.xArguments());
        if (format == ScriptFormat.JAVA) {
            String source = read.get(file);
            run(header, direction, loader.loadRevision(file, source == null ? JavaRevisionLoader.read(file) : source), recorder);
        } else {
            DeclarativeOperations.read(file, direction, recorder);
        }
        return recorder.operations();
    }

    private static void run(RevisionHeader header, Direction direction, JavaRevisionLoader.Loaded loaded,
            RecordingOperations recorder) {
        if (!loaded.declaredId().equals(header.id())) {
            throw new ScriptException(header.source() + ": the compiled @Revision id '" + loaded.declaredId()
                    + "' differs from the header's '" + header.id() + "'; use a literal id");
        }
        Migration migration = loaded.migration();
        String method = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        try {
            if (direction == Direction.UPGRADE) {
                migration.upgrade(recorder);
            } else {
                migration.downgrade(recorder);
            }
        } catch (RuntimeException | LinkageError e) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Revision " + header.id() + " ("
                    + where(header, migration, e) + "): " + method + "() failed: " + describe(e), e);
        }
    }

    /** The script file, with the line of the script that threw when the stack trace has it. */
    private static String where(RevisionHeader header, Migration migration, Throwable e) {
        ClassLoader scriptLoader = migration.getClass().getClassLoader();
        for (StackTraceElement frame : e.getStackTrace()) {
            if (scriptLoader.getName() != null && scriptLoader.getName().equals(frame.getClassLoaderName())
                    && frame.getLineNumber() > 0) {
                return header.source() + ":" + frame.getLineNumber();
            }
        }
        return header.source();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        boolean plain = e instanceof IllegalArgumentException || e instanceof MigrateException;
        return plain && !message.isEmpty() ? message
                : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
