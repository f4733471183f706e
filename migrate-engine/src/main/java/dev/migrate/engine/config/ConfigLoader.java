package dev.migrate.engine.config;

import dev.migrate.engine.io.DocumentException;
import dev.migrate.engine.io.TreeCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code migrate.yaml} into a {@link ProjectConfig}. A setting resolves as: command line,
 * then environment variable ({@code MIGRATE_URL}, {@code MIGRATE_USER}, {@code MIGRATE_PASSWORD},
 * {@code MIGRATE_DIALECT}), then {@code .env}, then the file; relative paths in the file start at
 * the file's folder.
 */
public final class ConfigLoader {

    /** The configuration file looked for when none is named. */
    public static final String DEFAULT_FILE_NAME = "migrate.yaml";

    private ConfigLoader() {
    }

    /** Loads the configuration the request points at. */
    public static ProjectConfig load(ConfigRequest request) {
        Path file = request.resolvedConfigFile();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("No configuration file: " + file + " does not exist. Pass -c FILE, set "
                    + "MIGRATE_CONFIG, or create a project with 'migrate init DIR'.");
        }
        Map<String, Object> document = readDocument(file);
        Map<String, String> dotEnv = new LinkedHashMap<>(DotEnv.read(request.workingDirectory().resolve(".env")));
        dotEnv.putAll(DotEnv.read(file.getParent().resolve(".env")));
        Interpolation interpolation = new Interpolation(request.environment(), dotEnv, file.getParent(), file);
        Settings settings = new Settings(file, withSection(file, document, request.section()), interpolation);
        return toConfig(file, settings, interpolation, request.xArguments());
    }

    /**
     * A configuration from settings given in code rather than read from a file (applications
     * embedding migrate): the same keys, defaults and checks as {@code migrate.yaml}; relative
     * paths start at {@code file}'s folder, which need not exist as a file.
     */
    public static ProjectConfig fromSettings(Path file, Map<String, Object> settings, Map<String, String> xArguments) {
        Interpolation interpolation = new Interpolation(Map.of(), Map.of(), file.getParent(), file);
        return toConfig(file, new Settings(file, settings, interpolation), interpolation, xArguments);
    }

    private static ProjectConfig toConfig(Path file, Settings s, Interpolation env, Map<String, String> xArguments) {
        Path here = file.getParent();
        Path scriptLocation = here.resolve(s.string("script_location").orElse("migrations")).normalize();
        List<Path> versionLocations = s.strings("version_locations").stream()
                .map(p -> here.resolve(p).normalize()).toList();
        if (versionLocations.isEmpty()) {
            versionLocations = List.of(scriptLocation.resolve("versions"));
        }
        DatabaseSettings database = new DatabaseSettings(
                env.lookup("MIGRATE_URL").or(() -> s.string("url")),
                env.lookup("MIGRATE_USER").or(() -> s.string("user")),
                env.lookup("MIGRATE_PASSWORD").or(() -> s.string("password")),
                env.lookup("MIGRATE_DIALECT").or(() -> s.string("dialect")));
        ProjectConfig config = new ProjectConfig(file, scriptLocation, versionLocations,
                s.bool("recursive_version_locations", false),
                s.string("file_template").orElse("{yyyy}{MM}{dd}_{HH}{mm}_{slug}"),
                s.integer("truncate_slug_length", 40, 1),
                s.string("timezone").map(z -> zone(file, z)),
                s.choice("revision_id", ProjectConfig.RevisionIdStyle.class, ProjectConfig.RevisionIdStyle.RANDOM),
                s.choice("revision_format", ScriptFormat.class, ScriptFormat.JAVA),
                database,
                s.string("version_table").orElse("migrate_version"),
                s.string("version_table_schema"),
                s.bool("transaction_per_migration", true),
                s.hooks("post_write_hooks", here),
                xArguments,
                s.namingConvention("naming_convention"),
                java.time.Duration.ofSeconds(s.integer("lock_timeout", (int) ProjectConfig.DEFAULT_LOCK_TIMEOUT.toSeconds(), 0)),
                s.string("target_model").map(p -> here.resolve(p).normalize()),
                s.autogenerate("autogenerate"));
        s.rejectUnknownKeys();
        return config;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readDocument(Path file) {
        Object tree;
        try {
            tree = TreeCache.read(file);
        } catch (DocumentException e) {
            throw new ConfigException(file + " is not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (tree == null) {
            return Map.of();
        }
        if (!(tree instanceof Map)) {
            throw new ConfigException(file + " must be a YAML mapping of settings (key: value), not a "
                    + Settings.typeName(tree));
        }
        return (Map<String, Object>) tree;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSection(Path file, Map<String, Object> document, Optional<String> section) {
        Map<String, Object> merged = new LinkedHashMap<>(document);
        Object sections = merged.remove("sections");
        if (section.isEmpty()) {
            return merged;
        }
        if (!(sections instanceof Map) || !((Map<String, Object>) sections).containsKey(section.get())) {
            List<String> names = sections instanceof Map ? new ArrayList<>(((Map<String, Object>) sections).keySet()) : List.of();
            throw new ConfigException("No section '" + section.get() + "' under 'sections:' in " + file
                    + (names.isEmpty() ? "; the file defines none" : "; it defines: " + String.join(", ", names)));
        }
        Object chosen = ((Map<String, Object>) sections).get(section.get());
        if (!(chosen instanceof Map)) {
            throw new ConfigException("Section '" + section.get() + "' in " + file + " must be a mapping of settings");
        }
        merged.putAll((Map<String, Object>) chosen);
        return merged;
    }

    private static ZoneId zone(Path file, String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            try {
                return ZoneId.of(name.toUpperCase(Locale.ROOT));
            } catch (DateTimeException again) {
                throw new ConfigException("Unknown timezone '" + name + "' in " + file
                        + "; use an IANA name such as Europe/Berlin or UTC", e);
            }
        }
    }
}
