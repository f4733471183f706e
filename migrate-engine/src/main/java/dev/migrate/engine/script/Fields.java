package dev.migrate.engine.script;

import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The keys of one mapping in a declarative revision, read with their expected types; errors name the key. */
final class Fields {

    /** A value of the wrong type or a missing key; {@link #key()} says which. */
    static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;

        FieldException(String key, String message) {
            super(message);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private final Map<?, ?> map;
    private final String prefix;

    private Fields(Map<?, ?> map, String prefix) {
        this.map = map;
        this.prefix = prefix;
    }

    /** The fields of {@code value}, which must be a mapping with only {@code allowed} keys. */
    static Fields of(Object value, String key, Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new FieldException(key, "must be a mapping, not " + typeName(value));
        }
        Fields fields = new Fields(map, key.isEmpty() ? "" : key + ".");
        for (Object name : map.keySet()) {
            if (!allowed.contains(String.valueOf(name))) {
                throw new FieldException(fields.prefix + name, "unknown key; known keys: " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        }
        return fields;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Object raw(String key) {
        return map.get(key);
    }

    String path(String key) {
        return prefix + key;
    }

    String string(String key) {
        return optionalString(key).orElseThrow(() -> new FieldException(path(key), "is required"));
    }

    Optional<String> optionalString(String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw new FieldException(path(key), "must be a single value, not " + typeName(value));
        }
        return Optional.of(value.toString());
    }

    QualifiedName table(String key) {
        try {
            return TableNames.parse(string(key));
        } catch (FieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FieldException(path(key), e.getMessage());
        }
    }

    Optional<SqlExpression> expression(String key) {
        return optionalString(key).map(SqlExpression::of);
    }

    boolean bool(String key, boolean fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new FieldException(path(key), "must be true or false, not '" + value + "'");
    }

    List<String> strings(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new FieldException(path(key), "is required (a list of names)");
        }
        if (!(value instanceof List<?> list)) {
            return List.of(optionalString(key).orElseThrow());
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new FieldException(path(key), "must be a list of names, with " + typeName(item) + " in it");
            }
            result.add(item.toString());
        }
        return result;
    }

    List<Object> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new FieldException(path(key), "must be a list, not " + typeName(value));
        }
        return new ArrayList<>(list);
    }

    /** A mapping of names to SQL expressions, in document order. */
    Map<String, String> expressions(String key) {
        Object value = map.get(key);
        if (!(value instanceof Map<?, ?> values)) {
            throw new FieldException(path(key), "must be a mapping of column to SQL expression, not " + typeName(value));
        }
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((column, sql) -> result.put(String.valueOf(column), sql == null ? "NULL" : sql.toString()));
        return result;
    }

    static String typeName(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value == null ? "an empty value" : "'" + value + "'";
    }
}
