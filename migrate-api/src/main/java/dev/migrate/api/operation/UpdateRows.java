package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** UPDATE table SET column = expression, ... [WHERE condition]: a data migration in portable SQL. */
public record UpdateRows(QualifiedName table, Map<String, SqlExpression> set, Optional<SqlExpression> where) implements Operation {

    public UpdateRows {
        Objects.requireNonNull(table, "table");
        set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        if (set.isEmpty()) {
            throw new IllegalArgumentException("An update of " + table + " needs at least one column to set");
        }
        Objects.requireNonNull(where, "where");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
