package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** DROP TABLE. */
public record DropTable(QualifiedName table, boolean ifExists) implements Operation {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
