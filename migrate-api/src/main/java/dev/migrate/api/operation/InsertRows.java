package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import java.util.List;
import java.util.Objects;

/** INSERT INTO table (columns) VALUES (expressions): one row computed in SQL. */
public record InsertRows(QualifiedName table, List<String> columns, List<SqlExpression> values) implements Operation {

    public InsertRows {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.size() != values.size() || columns.isEmpty()) {
            throw new IllegalArgumentException("An insert into " + table + " needs one expression per column");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
