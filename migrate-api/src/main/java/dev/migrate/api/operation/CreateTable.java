package dev.migrate.api.operation;

import dev.migrate.api.schema.TableDef;
import java.util.Objects;

/** CREATE TABLE with its columns, constraints and comment (indexes are separate operations). */
public record CreateTable(TableDef table, boolean ifNotExists) implements Operation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
