package dev.migrate.dialect.common.catalog;

import dev.migrate.api.MigrateException;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.dialect.common.AnsiDialect;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normaliser of server defaults for comparison: a model's portable default and the default a
 * catalog reports become the same canonical text when they mean the same value. Casts are
 * dropped ({@code 'a'::character varying} is {@code 'a'}), numbers compare by value whether quoted
 * or not, the current-timestamp spellings are one, and anything else is parsed and unparsed by
 * Calcite for the dialect, so spacing and keyword case do not matter.
 */
public class ServerDefaults {

    // A PostgreSQL cast: ::name, ::"name", ::name(n), ::name name[] ...
    private static final Pattern CAST = Pattern.compile(
            "::(?:\"[^\"]+\"|[a-zA-Z_][\\w$]*)(?:\\.(?:\"[^\"]+\"|[a-zA-Z_][\\w$]*))?"
                    + "(?:\\s+(?:varying|precision|with(?:out)?\\s+time\\s+zone))*(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?:\\[\\])*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Set<String> NOW = Set.of("now()", "current_timestamp", "current_timestamp()",
            "transaction_timestamp()", "localtimestamp", "localtimestamp()");

    private final AnsiDialect dialect;

    public ServerDefaults(AnsiDialect dialect) {
        this.dialect = dialect;
    }

    /** The canonical text of a default: equal texts mean the same value on this database. */
    public String canonical(SqlExpression expression) {
        String sql = unwrap(dropCasts(prepare(expression.sql().strip())));
        String lower = sql.toLowerCase(Locale.ROOT);
        if (NOW.contains(lower.replaceAll("\\(\\d\\)$", "()"))) {
            return "CURRENT_TIMESTAMP";
        }
        if (lower.equals("true") || lower.equals("false")) {
            return bool(lower.equals("true"));
        }
        Matcher string = STRING.matcher(sql);
        String value = string.matches() ? string.group(1).replace("''", "'") : sql;
        if (NUMBER.matcher(value).matches()) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        if (string.matches()) {
            return "'" + string.group(1) + "'";
        }
        return viaCalcite(sql);
    }

    /** Database-specific rewriting of a default before it is normalised (e.g. MySQL backquotes). */
    protected String prepare(String sql) {
        return sql;
    }

    /** How the database stores a boolean default: {@code TRUE}, or {@code 1} where booleans are integers. */
    protected String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private String viaCalcite(String sql) {
        try {
            return dialect.expressions().render(SqlExpression.of(sql)).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        } catch (MigrateException e) {
            // Not portable SQL (a database-specific function): compare the text as written.
            return sql.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        }
    }

    /** The expression without PostgreSQL casts outside string literals. */
    static String dropCasts(String sql) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                while (end < sql.length() && (sql.charAt(end) != '\'' || end + 1 < sql.length() && sql.charAt(end + 1) == '\'')) {
                    end += sql.charAt(end) == '\'' ? 2 : 1;
                }
                out.append(sql, i, Math.min(end + 1, sql.length()));
                i = end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                Matcher cast = CAST.matcher(sql).region(i, sql.length());
                i = cast.lookingAt() ? cast.end() : i + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The expression without parentheses around all of it: {@code ((0))} is {@code 0}. */
    static String unwrap(String sql) {
        String s = sql.strip();
        while (s.startsWith("(") && s.endsWith(")") && closes(s)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    // Whether the first '(' is closed by the last character, outside string literals.
    private static boolean closes(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i == s.length() - 1;
            }
        }
        return false;
    }
}
