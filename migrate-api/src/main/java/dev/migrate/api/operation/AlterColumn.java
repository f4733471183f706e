package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** One change to a column; the column's other properties come from the replayed schema. */
public record AlterColumn(QualifiedName table, String column, ColumnChange change) implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Operation.requireName(column, "column");
        Objects.requireNonNull(change, "change");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
