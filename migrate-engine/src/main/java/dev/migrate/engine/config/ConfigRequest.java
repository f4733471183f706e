package dev.migrate.engine.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the caller knows before the configuration is read: command-line choices and the process
 * environment.
 *
 * @param configFile {@code -c FILE}; empty means {@code MIGRATE_CONFIG}, else {@code migrate.yaml}
 *     in the working directory
 * @param section {@code -n NAME}: the entry of {@code sections:} that overrides the top level
 * @param xArguments {@code -x key=value} arguments
 * @param environment the process environment (injected so tests can control it)
 * @param workingDirectory where relative paths given on the command line start
 */
public record ConfigRequest(Optional<Path> configFile, Optional<String> section, Map<String, String> xArguments,
        Map<String, String> environment, Path workingDirectory) {

    public ConfigRequest {
        xArguments = Map.copyOf(xArguments);
        environment = Map.copyOf(environment);
    }

    /** A request with no command-line choices, for the current process. */
    public static ConfigRequest ofProcess() {
        return new ConfigRequest(Optional.empty(), Optional.empty(), Map.of(), System.getenv(),
                Path.of("").toAbsolutePath());
    }

    public ConfigRequest withConfigFile(Path file) {
        return new ConfigRequest(Optional.of(file), section, xArguments, environment, workingDirectory);
    }

    /** The configuration file this request points at, absolute. */
    public Path resolvedConfigFile() {
        Path file = configFile.orElseGet(() -> Optional.ofNullable(environment.get("MIGRATE_CONFIG"))
                .filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(ConfigLoader.DEFAULT_FILE_NAME)));
        return workingDirectory.resolve(file).toAbsolutePath().normalize();
    }
}
