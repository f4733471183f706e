package dev.migrate.api.operation;

import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** CREATE [UNIQUE] INDEX, optionally partial ({@code where}), PostgreSQL {@code CONCURRENTLY} (runs outside a transaction). */
public record CreateIndex(QualifiedName table, IndexDef index, boolean ifNotExists, boolean concurrently) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
