package dev.migrate.engine.config;

import java.util.Locale;
import java.util.Optional;

/** The file formats a revision script can have. */
public enum ScriptFormat {
    JAVA(".java"),
    YAML(".yaml"),
    JSON(".json");

    private final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    /** The file name ending, with the dot. */
    public String extension() {
        return extension;
    }

    /** The format of a file name by its ending ({@code .yml} is YAML too). */
    public static Optional<ScriptFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".java")) {
            return Optional.of(JAVA);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return name.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
}
