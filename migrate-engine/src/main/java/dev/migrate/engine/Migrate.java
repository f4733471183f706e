package dev.migrate.engine;

import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ConfigLoader;
import dev.migrate.engine.config.ConfigRequest;
import dev.migrate.engine.config.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The entry point for applications that migrate at start-up:
 *
 * <pre>{@code
 * RunResult result = Migrate.configure()
 *         .dataSource(dataSource)
 *         .location(Path.of("db/migrations"))
 *         .load()
 *         .upgrade("heads");
 * }</pre>
 *
 * <p>Without a configuration file the defaults of {@code migrate init} apply; with
 * {@link Builder#configFile} the project's {@code migrate.yaml} is read, and a given DataSource
 * replaces its URL.
 */
public final class Migrate {

    private Migrate() {
    }

    /** Starts configuring a project. */
    public static Builder configure() {
        return new Builder();
    }

    /** Collects where the scripts are and how to reach the database; {@link #load} makes the {@link Migrator}. */
    public static final class Builder {
        private Optional<DataSource> dataSource = Optional.empty();
        private Optional<Path> location = Optional.empty();
        private Optional<Path> configFile = Optional.empty();
        private Optional<String> dialect = Optional.empty();
        private String versionTable = "migrate_version";
        private final Map<String, String> arguments = new LinkedHashMap<>();

        private Builder() {
        }

        /** Where connections come from (the application's pool). */
        public Builder dataSource(DataSource source) {
            this.dataSource = Optional.of(source);
            return this;
        }

        /**
         * The migrations folder: its {@code versions/} sub-folder holds the revision scripts, or,
         * without one, the folder itself does.
         */
        public Builder location(Path folder) {
            this.location = Optional.of(folder);
            return this;
        }

        /** A {@code migrate.yaml} to take every setting from (its URL is ignored when a DataSource is given). */
        public Builder configFile(Path file) {
            this.configFile = Optional.of(file);
            return this;
        }

        /** The dialect by name, when the DataSource's URL does not tell. */
        public Builder dialect(String name) {
            this.dialect = Optional.of(name);
            return this;
        }

        /** The version table's name (default {@code migrate_version}); ignored with a configuration file. */
        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        /** An argument scripts read through {@code op.arguments()}, as {@code -x key=value} on the command line. */
        public Builder argument(String key, String value) {
            arguments.put(key, value);
            return this;
        }

        /** The project, ready to upgrade, downgrade, stamp or report. */
        public Migrator load() {
            if (dataSource.isEmpty() && configFile.isEmpty()) {
                throw new ConfigException("Migrate.configure() needs a dataSource(...) or a configFile(...) that names the database");
            }
            ProjectConfig config = configFile.map(this::fromFile).orElseGet(this::fromLocation);
            return Migrator.of(config, dataSource);
        }

        private ProjectConfig fromFile(Path file) {
            ConfigRequest request = ConfigRequest.ofProcess().withConfigFile(file);
            return ConfigLoader.load(new ConfigRequest(request.configFile(), Optional.empty(), arguments,
                    request.environment(), request.workingDirectory()));
        }

        private ProjectConfig fromLocation() {
            Path folder = location.orElseThrow(() -> new ConfigException(
                    "Migrate.configure() needs location(...): the folder holding the revision scripts")).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new ConfigException("Migration location " + folder + " is not a folder");
            }
            Path versions = Files.isDirectory(folder.resolve("versions")) ? folder.resolve("versions") : folder;
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("script_location", folder.toString());
            settings.put("version_locations", List.of(versions.toString()));
            settings.put("version_table", versionTable);
            dialect.ifPresent(name -> settings.put("dialect", name));
            return ConfigLoader.fromSettings(folder.resolve("migrate.yaml"), settings, arguments);
        }
    }
}
