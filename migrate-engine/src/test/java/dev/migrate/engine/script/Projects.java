package dev.migrate.engine.script;

import dev.migrate.engine.config.DatabaseSettings;
import dev.migrate.engine.config.NamingConvention;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.config.ScriptFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Project configurations for script tests. */
final class Projects {

    private Projects() {
    }

    static ProjectConfig config(Path dir, Map<String, String> xArguments) {
        return new ProjectConfig(dir.resolve("migrate.yaml"), dir, List.of(dir), false, "{slug}", 40, Optional.empty(),
                ProjectConfig.RevisionIdStyle.RANDOM, ScriptFormat.JAVA,
                new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                "migrate_version", Optional.empty(), true, List.of(), xArguments, NamingConvention.defaults());
    }
}
