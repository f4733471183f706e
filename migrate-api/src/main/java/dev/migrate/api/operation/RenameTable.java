package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** Renames a table within its schema. */
public record RenameTable(QualifiedName table, String newName) implements Operation {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Operation.requireName(newName, "new table name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
