package dev.migrate.api.operation;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** ALTER TABLE ... ADD COLUMN. */
public record AddColumn(QualifiedName table, ColumnDef column, boolean ifNotExists) implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
