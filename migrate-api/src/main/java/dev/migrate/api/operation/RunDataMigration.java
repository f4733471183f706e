package dev.migrate.api.operation;

import java.util.Objects;

/**
 * Java code run online with the migration's connection ({@code op.run(...)}); opaque to schema
 * replay, like raw SQL, and without an offline form. Its checksum covers only {@code description}.
 */
public record RunDataMigration(String description, DataMigration migration) implements Operation {

    public RunDataMigration {
        Operation.requireName(description, "data migration description");
        description = description.strip().replaceAll("\\s*\\R\\s*", " ");
        Objects.requireNonNull(migration, "migration");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
