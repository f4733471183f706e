package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ScriptFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The project layouts {@code migrate init} can write. */
public enum ProjectTemplate {
    GENERIC("Java revision scripts, SQLite database beside the configuration", ScriptFormat.JAVA),
    YAML("Declarative YAML revision files, SQLite database beside the configuration", ScriptFormat.YAML);

    private final String description;
    private final ScriptFormat format;

    ProjectTemplate(String description, ScriptFormat format) {
        this.description = description;
        this.format = format;
    }

    /** The name used with {@code init --template}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The format of new revisions in a project made from this template. */
    public ScriptFormat format() {
        return format;
    }

    public static List<ProjectTemplate> all() {
        return List.of(values());
    }

    public static Optional<ProjectTemplate> named(String name) {
        return Arrays.stream(values()).filter(t -> t.templateName().equals(name)).findFirst();
    }
}
