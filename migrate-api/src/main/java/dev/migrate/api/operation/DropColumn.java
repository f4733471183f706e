package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** ALTER TABLE ... DROP COLUMN. */
public record DropColumn(QualifiedName table, String column, boolean ifExists) implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Operation.requireName(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
