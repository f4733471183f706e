package dev.migrate.engine.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed, interpolated access to the keys of a configuration document. */
final class Settings {

    static final Set<String> KNOWN_KEYS = new LinkedHashSet<>(List.of("script_location", "version_locations",
            "recursive_version_locations", "file_template", "truncate_slug_length", "timezone", "revision_id",
            "revision_format", "url", "user", "password", "dialect", "version_table", "version_table_schema",
            "transaction_per_migration", "lock_timeout", "post_write_hooks", "naming_convention", "target_model", "autogenerate", "sections"));

    private final Path file;
    private final Map<String, Object> values;
    private final Interpolation interpolation;

    Settings(Path file, Map<String, Object> values, Interpolation interpolation) {
        this.file = file;
        this.values = values;
        this.interpolation = interpolation;
    }

    Optional<String> string(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw wrongType(key, value, "a single value");
        }
        return Optional.of(interpolation.apply(key, value.toString()));
    }

    List<String> strings(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    throw wrongType(key, item, "a list of strings");
                }
                result.add(interpolation.apply(key, item.toString()));
            }
            return result;
        }
        return string(key).map(List::of).orElse(List.of());
    }

    boolean bool(String key, boolean fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        String text = interpolation.apply(key, value.toString()).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("'" + key + "' in " + file + " must be true or false, not '" + text + "'");
        };
    }

    int integer(String key, int fallback, int minimum) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("'" + key + "' in " + file + " must be a whole number of at least " + minimum
                + ", not '" + text.get() + "'");
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.get().strip())) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new ConfigException("'" + key + "' in " + file + " must be one of " + String.join(", ", allowed)
                + ", not '" + text.get() + "'");
    }

    List<ProjectConfig.PostWriteHook> hooks(String key, Path here) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw wrongType(key, value, "a list of hooks (- name: ..., type: exec, executable: ..., options: ...)");
        }
        List<ProjectConfig.PostWriteHook> hooks = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw wrongType(key, item, "a mapping per hook");
            }
            hooks.add(hook(key, map, here));
        }
        return hooks;
    }

    private ProjectConfig.PostWriteHook hook(String key, Map<?, ?> map, Path here) {
        String name = map.get("name") == null ? "(unnamed)" : interpolation.apply(key, map.get("name").toString());
        Object type = map.get("type");
        if (type != null && !"exec".equals(type.toString())) {
            throw new ConfigException("Post-write hook '" + name + "' in " + file + " has type '" + type
                    + "'; the supported type is 'exec' (run an executable)");
        }
        Object executable = map.get("executable");
        if (executable == null) {
            throw new ConfigException("Post-write hook '" + name + "' in " + file + " needs 'executable'");
        }
        for (Object field : map.keySet()) {
            if (!Set.of("name", "type", "executable", "options", "cwd").contains(String.valueOf(field))) {
                throw new ConfigException("Unknown key '" + field + "' in post-write hook '" + name + "' of " + file
                        + "; known keys: name, type, executable, options, cwd");
            }
        }
        Object options = map.get("options");
        List<String> tokens = new ArrayList<>();
        if (options instanceof List<?> list) {
            list.forEach(o -> tokens.add(interpolation.apply(key, String.valueOf(o))));
        } else if (options != null) {
            tokens.addAll(List.of(interpolation.apply(key, options.toString()).trim().split("\\s+")));
        }
        Optional<Path> cwd = Optional.ofNullable(map.get("cwd")).map(c -> here.resolve(interpolation.apply(key, c.toString())));
        return new ProjectConfig.PostWriteHook(name, interpolation.apply(key, executable.toString()), tokens, cwd);
    }

    NamingConvention namingConvention(String key) {
        Object value = raw(key);
        if (value == null) {
            return NamingConvention.defaults();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(key, value, "a mapping of constraint kind to template (pk: pk_%(table)s, ...)");
        }
        Map<String, String> templates = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null || entry.getValue() instanceof Map || entry.getValue() instanceof List) {
                throw wrongType(key + "." + entry.getKey(), entry.getValue(), "a template string");
            }
            templates.put(String.valueOf(entry.getKey()), interpolation.apply(key, entry.getValue().toString()));
        }
        try {
            return NamingConvention.of(templates);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("'" + key + "' in " + file + ": " + e.getMessage());
        }
    }

    AutogenerateSettings autogenerate(String key) {
        Object value = raw(key);
        if (value == null) {
            return AutogenerateSettings.defaults();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(key, value, "a mapping (include_tables, exclude_tables, schemas)");
        }
        for (Object field : map.keySet()) {
            if (!Set.of("include_tables", "exclude_tables", "schemas").contains(String.valueOf(field))) {
                throw new ConfigException("Unknown key '" + field + "' under '" + key + "' in " + file
                        + "; known keys: include_tables, exclude_tables, schemas");
            }
        }
        Map<String, Object> nested = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> nested.put(key + "." + k, v));
        Settings inner = new Settings(file, nested, interpolation);
        return new AutogenerateSettings(inner.strings(key + ".include_tables"), inner.strings(key + ".exclude_tables"),
                inner.strings(key + ".schemas"));
    }

    void rejectUnknownKeys() {
        for (String key : values.keySet()) {
            if (!KNOWN_KEYS.contains(key)) {
                String hint = switch (key) {
                    case "sqlalchemy.url" -> " (use 'url' with a JDBC URL)";
                    default -> "";
                };
                throw new ConfigException("Unknown setting '" + key + "' in " + file + hint + "; known settings: "
                        + String.join(", ", KNOWN_KEYS));
            }
        }
    }

    static String typeName(Object value) {
        if (value instanceof Map) {
            return "mapping";
        }
        if (value instanceof List) {
            return "list";
        }
        return value == null ? "empty value" : "single value";
    }

    private Object raw(String key) {
        return values.get(key);
    }

    private ConfigException wrongType(String key, Object value, String expected) {
        return new ConfigException("'" + key + "' in " + file + " must be " + expected + ", not a " + typeName(value));
    }
}
