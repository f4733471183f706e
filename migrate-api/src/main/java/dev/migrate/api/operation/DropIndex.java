package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** DROP INDEX. */
public record DropIndex(QualifiedName table, String name, boolean ifExists, boolean concurrently) implements Operation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Operation.requireName(name, "index name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
