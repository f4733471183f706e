package dev.migrate.engine.script;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.ColumnTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types as declarative revisions spell them: {@code integer}, {@code varchar(255)},
 * {@code numeric(10,2)}, {@code enum(mood: happy, sad)} or {@code {enum: mood, values: [...]}},
 * {@code raw(CITEXT)} or {@code {raw: CITEXT, mysql: VARCHAR(255)}}.
 */
final class DeclarativeTypes {

    static final String KNOWN = "integer, bigint, smallint, boolean, varchar(n), string(n), text, numeric(p,s), float, "
            + "double, date, time, timestamp, timestamptz, json, uuid, binary, enum(name: a, b), raw(sql)";

    private static final Pattern CALL = Pattern.compile("(\\w+)\\s*\\((.*)\\)", Pattern.DOTALL);
    private static final Map<String, ColumnType> SIMPLE = simple();

    private DeclarativeTypes() {
    }

    /** The type {@code value} spells, a string or a mapping. */
    static ColumnType parse(Object value, String key) {
        if (value instanceof Map<?, ?>) {
            return mapped(value, key);
        }
        if (value == null || value instanceof List) {
            throw new Fields.FieldException(key, "must be a type such as integer or varchar(255), not " + Fields.typeName(value));
        }
        String text = value.toString().strip();
        ColumnType simple = SIMPLE.get(text.toLowerCase(Locale.ROOT));
        if (simple != null) {
            return simple;
        }
        Matcher call = CALL.matcher(text);
        if (call.matches()) {
            String arguments = call.group(2).strip();
            switch (call.group(1).toLowerCase(Locale.ROOT)) {
                case "varchar", "string" -> {
                    return ColumnTypes.varchar(number(arguments, text, key));
                }
                case "numeric", "decimal" -> {
                    String[] parts = arguments.split(",");
                    return ColumnTypes.numeric(number(parts[0], text, key), parts.length > 1 ? number(parts[1], text, key) : 0);
                }
                case "enum" -> {
                    int colon = arguments.indexOf(':');
                    if (colon > 0) {
                        return new ColumnType.EnumType(arguments.substring(0, colon).strip(),
                                List.of(arguments.substring(colon + 1).strip().split("\\s*,\\s*")));
                    }
                }
                case "raw" -> {
                    return ColumnTypes.raw(arguments);
                }
                default -> {
                    // reported below
                }
            }
        }
        throw new Fields.FieldException(key, "unknown type '" + text + "'; known types: " + KNOWN);
    }

    private static ColumnType mapped(Object value, String key) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.containsKey("enum")) {
            Fields fields = Fields.of(value, key, Set.of("enum", "values"));
            return new ColumnType.EnumType(fields.string("enum"), fields.strings("values"));
        }
        if (map.containsKey("raw")) {
            Map<String, String> perDialect = new LinkedHashMap<>();
            map.forEach((dialect, sql) -> {
                if (!"raw".equals(dialect)) {
                    perDialect.put(String.valueOf(dialect), String.valueOf(sql));
                }
            });
            return ColumnTypes.raw(String.valueOf(map.get("raw")), perDialect);
        }
        throw new Fields.FieldException(key, "a type mapping is {enum: NAME, values: [...]} or {raw: SQL, DIALECT: SQL}");
    }

    private static int number(String text, String type, String key) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Fields.FieldException(key, "'" + type + "' needs whole numbers in its parentheses");
        }
    }

    private static Map<String, ColumnType> simple() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("integer", ColumnTypes.INTEGER);
        types.put("int", ColumnTypes.INTEGER);
        types.put("bigint", ColumnTypes.BIGINT);
        types.put("smallint", ColumnTypes.SMALLINT);
        types.put("boolean", ColumnTypes.BOOLEAN);
        types.put("text", ColumnTypes.TEXT);
        types.put("float", ColumnTypes.FLOAT);
        types.put("double", ColumnTypes.DOUBLE);
        types.put("date", ColumnTypes.DATE);
        types.put("time", ColumnTypes.TIME);
        types.put("timestamp", ColumnTypes.TIMESTAMP);
        types.put("datetime", ColumnTypes.TIMESTAMP);
        types.put("timestamptz", ColumnTypes.TIMESTAMP_TZ);
        types.put("json", ColumnTypes.JSON);
        types.put("uuid", ColumnTypes.UUID);
        types.put("binary", ColumnTypes.BINARY);
        return Map.copyOf(types);
    }
}
