package dev.migrate.engine.script;

import dev.migrate.engine.config.ConfigLoader;
import dev.migrate.engine.config.ProjectConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Project configurations for script tests. */
final class Projects {

    private Projects() {
    }

    static ProjectConfig config(Path dir, Map<String, String> xArguments) {
        return ConfigLoader.fromSettings(dir.resolve("migrate.yaml"), Map.of("script_location", dir.toString(),
                "version_locations", List.of(dir.toString()), "file_template", "{slug}"), xArguments);
    }
}
