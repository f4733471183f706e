package dev.migrate.engine.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one migrate project, resolved from {@code migrate.yaml}, {@code .env}, the
 * environment and the command line, with every path absolute.
 *
 * @param file the configuration file
 * @param scriptLocation the migrations folder (holds the templates)
 * @param versionLocations folders holding revision scripts, in search order
 * @param recursiveVersionLocations whether sub-folders of version locations are searched
 * @param fileTemplate name of new revision files, without extension (tokens: {@code {rev} {slug}
 *     {yyyy} {MM} {dd} {HH} {mm} {ss} {epoch}})
 * @param truncateSlugLength longest slug taken from a message
 * @param timezone zone for timestamps in new files; empty means the system zone
 * @param revisionIdStyle how new revision ids are made
 * @param defaultFormat the format of new revision files
 * @param database where and how to connect
 * @param versionTable name of the version table
 * @param versionTableSchema schema of the version table; empty means the connection's default
 * @param transactionPerMigration one transaction per migration (true) or one for the whole run
 * @param postWriteHooks commands run on every newly written revision file
 * @param xArguments {@code -x key=value} arguments, visible to scripts
 * @param namingConvention how unnamed constraints are named
 * @param lockTimeout how long a run waits for another run's lock ({@code lock_timeout}, seconds)
 * @param targetModel the schema autogenerate and {@code check} compare the database with ({@code target_model})
 * @param autogenerate which tables and schemas they compare
 */
public record ProjectConfig(Path file, Path scriptLocation, List<Path> versionLocations,
        boolean recursiveVersionLocations, String fileTemplate, int truncateSlugLength, Optional<ZoneId> timezone,
        RevisionIdStyle revisionIdStyle, ScriptFormat defaultFormat, DatabaseSettings database,
        String versionTable, Optional<String> versionTableSchema, boolean transactionPerMigration,
        List<PostWriteHook> postWriteHooks, Map<String, String> xArguments, NamingConvention namingConvention,
        Duration lockTimeout, Optional<Path> targetModel, AutogenerateSettings autogenerate) {

    /** How long a run waits for the lock unless {@code lock_timeout} says otherwise. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    public ProjectConfig {
        java.util.Objects.requireNonNull(lockTimeout, "lockTimeout");
        versionLocations = List.copyOf(versionLocations);
        postWriteHooks = List.copyOf(postWriteHooks);
        xArguments = Map.copyOf(xArguments);
        java.util.Objects.requireNonNull(namingConvention, "namingConvention");
        java.util.Objects.requireNonNull(targetModel, "targetModel");
        java.util.Objects.requireNonNull(autogenerate, "autogenerate");
    }

    /** The folder holding the configuration file; {@code ${here}} in the file. */
    public Path directory() {
        return file.getParent();
    }

    /** How new revision ids are made. */
    public enum RevisionIdStyle {
        /** 12 random hexadecimal characters, as Alembic does. */
        RANDOM,
        /** The creation time, {@code yyyyMMdd_HHmm}, as the seeds name their revisions. */
        TIMESTAMP
    }

    /** A command run on every newly written revision file ({@code type: exec}). */
    public record PostWriteHook(String name, String executable, List<String> options, Optional<Path> cwd) {
        /** The token in {@code options} replaced by the new file's path. */
        public static final String FILE_TOKEN = "REVISION_SCRIPT_FILENAME";

        public PostWriteHook {
            options = List.copyOf(options);
        }
    }
}
