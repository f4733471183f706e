package dev.migrate.api.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index.
 *
 * @param name index name
 * @param columns indexed columns, in order
 * @param unique whether values must be unique
 * @param where the predicate of a partial index (PostgreSQL, SQLite), if any
 */
public record IndexDef(String name, List<String> columns, boolean unique, Optional<SqlExpression> where) {

    public IndexDef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An index name is required");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " needs at least one column");
        }
        Objects.requireNonNull(where, "where");
    }
}
