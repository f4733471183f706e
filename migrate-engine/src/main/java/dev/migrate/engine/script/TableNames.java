package dev.migrate.engine.script;

import dev.migrate.api.schema.QualifiedName;

/** Reads the table names scripts write, {@code "users"} or {@code "billing.invoice"}, as qualified names. */
final class TableNames {

    private TableNames() {
    }

    /**
     * The qualified name {@code text} spells.
     *
     * @throws IllegalArgumentException for a missing name, an empty part or more than one dot
     */
    static QualifiedName parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A table name is required");
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length > 2 || parts[0].isBlank() || parts[parts.length - 1].isBlank()) {
            throw new IllegalArgumentException("Table name '" + text + "' must be 'table' or 'schema.table'");
        }
        return parts.length == 1 ? QualifiedName.of(parts[0]) : QualifiedName.of(parts[0], parts[1]);
    }
}
