package dev.migrate.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SQLite keeps only in a table's {@code CREATE TABLE} text: constraint names, CHECK
 * conditions, deferrable foreign keys and AUTOINCREMENT. The text is split into its top-level
 * elements (quotes and parentheses respected); each is a column or a table constraint.
 */
final class SqliteTableSql {

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("(?is)^CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^]]+]|\\S+)\\s+(.*)$");
    private static final Pattern COLUMN_CHECK = Pattern.compile("(?i)(?:CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|\\S+)\\s+)?CHECK\\s*\\(");
    private static final Pattern DEFERRABLE = Pattern.compile("(?i)(NOT\\s+)?DEFERRABLE(?:\\s+INITIALLY\\s+(DEFERRED|IMMEDIATE))?");

    /** A CHECK: its name if it has one, its condition, and the column it is written on (empty for a table check). */
    record Check(Optional<String> name, String condition, Optional<String> column) {
    }

    /** A named or deferrable key: UNIQUE, PRIMARY KEY or FOREIGN KEY over {@code columns}. */
    record Key(String kind, Optional<String> name, List<String> columns, String deferrable) {
    }

    private final List<Check> checks = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();
    private Optional<String> autoincrement = Optional.empty();

    SqliteTableSql(String createTable) {
        int open = createTable == null ? -1 : createTable.indexOf('(');
        if (open >= 0) {
            for (String element : split(createTable.substring(open + 1, closing(createTable, open)))) {
                element(element.strip());
            }
        }
    }

    List<Check> checks() {
        return checks;
    }

    List<Key> keys() {
        return keys;
    }

    /** The column declared {@code INTEGER PRIMARY KEY AUTOINCREMENT}, if any. */
    Optional<String> autoincrement() {
        return autoincrement;
    }

    private void element(String element) {
        Optional<String> name = Optional.empty();
        String body = element;
        Matcher named = CONSTRAINT_NAME.matcher(element);
        if (named.matches()) {
            name = Optional.of(unquote(named.group(1)));
            body = named.group(2);
        }
        String upper = body.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CHECK")) {
            checks.add(new Check(name, parenthesised(body, body.indexOf('(')), Optional.empty()));
        } else if (upper.startsWith("UNIQUE") || upper.startsWith("PRIMARY") || upper.startsWith("FOREIGN")) {
            int open = body.indexOf('(');
            String kind = upper.startsWith("UNIQUE") ? "UNIQUE" : upper.startsWith("PRIMARY") ? "PRIMARY KEY" : "FOREIGN KEY";
            keys.add(new Key(kind, name, split(parenthesised(body, open)).stream().map(c -> unquote(c.strip())).toList(),
                    deferrable(body)));
        } else {
            column(element);
        }
    }

    private void column(String definition) {
        List<String> words = List.of(definition.split("\\s+", 2));
        String column = unquote(words.get(0));
        if (definition.toUpperCase(Locale.ROOT).matches("(?s).*\\bAUTOINCREMENT\\b.*")) {
            autoincrement = Optional.of(column);
        }
        Matcher check = COLUMN_CHECK.matcher(definition);
        while (check.find()) {
            int open = check.end() - 1;
            checks.add(new Check(Optional.ofNullable(check.group(1)).map(SqliteTableSql::unquote),
                    parenthesised(definition, open), Optional.of(column)));
        }
        Matcher references = Pattern.compile("(?i)\\bREFERENCES\\b").matcher(definition);
        if (references.find()) {
            keys.add(new Key("FOREIGN KEY", Optional.empty(), List.of(column), deferrable(definition)));
        }
    }

    private static String deferrable(String text) {
        Matcher deferrable = DEFERRABLE.matcher(text);
        if (!deferrable.find() || deferrable.group(1) != null) {
            return "NOT_DEFERRABLE";
        }
        return "DEFERRED".equalsIgnoreCase(deferrable.group(2)) ? "DEFERRABLE_INITIALLY_DEFERRED" : "DEFERRABLE_INITIALLY_IMMEDIATE";
    }

    /** The text inside the parentheses opening at {@code open}. */
    private static String parenthesised(String text, int open) {
        return text.substring(open + 1, closing(text, open)).strip();
    }

    /** The index of the parenthesis closing the one at {@code open}, outside quotes. */
    static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** {@code text} split at its top-level commas. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static String unquote(String identifier) {
        String s = identifier.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")
                || s.startsWith("[") && s.endsWith("]"))) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
