package dev.migrate.engine.source;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.io.DocumentException;
import dev.migrate.engine.io.StructuredText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the header fields of a declarative (YAML or JSON) revision file: {@code revision},
 * {@code revises}, {@code branch_labels}, {@code depends_on}, {@code message}, {@code created}.
 * The {@code upgrade:} and {@code downgrade:} operation lists are left to the operations loader.
 */
public final class DeclarativeHeaderReader {

    static final Set<String> KEYS = Set.of("revision", "revises", "branch_labels", "depends_on", "message", "created",
            "upgrade", "downgrade");

    private DeclarativeHeaderReader() {
    }

    /** Reads the header of a YAML or JSON revision file. */
    public static RevisionHeader read(Path file) {
        Object tree;
        try {
            tree = StructuredText.read(file);
        } catch (DocumentException e) {
            throw new ScriptException(file + ": not valid " + (file.toString().endsWith(".json") ? "JSON" : "YAML")
                    + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read: " + e.getMessage());
        }
        String source = file.toString();
        if (!(tree instanceof Map<?, ?> map)) {
            throw new ScriptException(source, 0, "a revision file is a mapping with 'revision', 'revises', 'message', "
                    + "'upgrade' and 'downgrade'");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                String hint = "down_revision".equals(key) ? " (migrate calls it 'revises')" : "";
                throw new ScriptException(source, 0, "unknown key '" + key + "'" + hint + "; known keys: revision, "
                        + "revises, branch_labels, depends_on, message, created, upgrade, downgrade");
            }
        }
        Object id = map.get("revision");
        if (id == null || id instanceof Map || id instanceof List) {
            throw new ScriptException(source, 0, "'revision' must be the revision id, a single string");
        }
        return new RevisionHeader(id.toString(), strings(source, map, "revises"), strings(source, map, "depends_on"),
                strings(source, map, "branch_labels"), scalar(source, map, "message").orElse(""),
                scalar(source, map, "created"), source);
    }

    private static List<String> strings(String source, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw new ScriptException(source, 0, "'" + key + "' must list revision ids as strings");
                }
                result.add(item.toString());
            }
            return result;
        }
        if (value instanceof Map) {
            throw new ScriptException(source, 0, "'" + key + "' must be a string or a list of strings");
        }
        return List.of(value.toString());
    }

    private static Optional<String> scalar(String source, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value instanceof Map || value instanceof List) {
            throw new ScriptException(source, 0, "'" + key + "' must be a single value");
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
