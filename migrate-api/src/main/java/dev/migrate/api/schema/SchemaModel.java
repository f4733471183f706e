package dev.migrate.api.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable database schema: its tables by name, in creation order. The engine folds
 * operations into it (schema replay), so a dialect can render what needs the "before" state
 * without a database.
 */
public final class SchemaModel {

    private static final SchemaModel EMPTY = new SchemaModel(Map.of());

    private final Map<QualifiedName, TableDef> tables;

    private SchemaModel(Map<QualifiedName, TableDef> tables) {
        this.tables = tables;
    }

    public static SchemaModel empty() {
        return EMPTY;
    }

    /**
     * The schema of {@code tables}, in their order.
     *
     * @throws IllegalArgumentException when two tables have the same name
     */
    public static SchemaModel of(Collection<TableDef> tables) {
        Map<QualifiedName, TableDef> map = new LinkedHashMap<>();
        for (TableDef table : tables) {
            if (map.put(table.name(), table) != null) {
                throw new IllegalArgumentException("The schema has two tables named " + table.name());
            }
        }
        return new SchemaModel(java.util.Collections.unmodifiableMap(map));
    }

    /** The table named {@code name}, if the schema has it. */
    public Optional<TableDef> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Collection<TableDef> tables() {
        return tables.values();
    }

    /** This schema with {@code table} added or replaced. */
    public SchemaModel with(TableDef table) {
        Map<QualifiedName, TableDef> copy = new LinkedHashMap<>(tables);
        copy.put(table.name(), table);
        return new SchemaModel(java.util.Collections.unmodifiableMap(copy));
    }

    /** This schema without the table {@code name}. */
    public SchemaModel without(QualifiedName name) {
        Map<QualifiedName, TableDef> copy = new LinkedHashMap<>(tables);
        copy.remove(name);
        return new SchemaModel(java.util.Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaModel model && model.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        return "SchemaModel" + tables.values();
    }
}
