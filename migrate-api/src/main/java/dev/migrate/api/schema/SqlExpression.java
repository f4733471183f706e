package dev.migrate.api.schema;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A SQL expression written once in portable SQL (server defaults, CHECK conditions, partial-index
 * predicates, data-migration values) and rendered per dialect: {@code first_name || ' ' || last_name}
 * becomes {@code CONCAT(first_name, ' ', last_name)} on MySQL.
 *
 * @param sql the expression in standard SQL
 */
public record SqlExpression(String sql) {

    public SqlExpression {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("An SQL expression is required");
        }
    }

    /** The expression {@code sql}. */
    public static SqlExpression of(String sql) {
        return new SqlExpression(sql);
    }

    /**
     * A literal value as an expression: strings are quoted (quotes doubled), numbers and booleans
     * written as they are. Dialects re-render it with their own literal syntax.
     */
    public static SqlExpression literal(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof Boolean b) {
            return new SqlExpression(b ? "TRUE" : "FALSE");
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigDecimal) {
            return new SqlExpression(value.toString());
        }
        return new SqlExpression("'" + value.toString().replace("'", "''") + "'");
    }

    @Override
    public String toString() {
        return sql;
    }
}
