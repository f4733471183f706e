package dev.migrate.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A table name, optionally schema-qualified.
 *
 * @param schema the schema; empty means the connection's default
 * @param name the table name
 */
public record QualifiedName(Optional<String> schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A table name is required");
        }
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(Optional.empty(), name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(Optional.ofNullable(schema), name);
    }

    @Override
    public String toString() {
        return schema.map(s -> s + "." + name).orElse(name);
    }
}
