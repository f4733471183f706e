package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import java.util.Objects;
import java.util.Optional;

/** DELETE FROM table [WHERE condition]. */
public record DeleteRows(QualifiedName table, Optional<SqlExpression> where) implements Operation {

    public DeleteRows {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
