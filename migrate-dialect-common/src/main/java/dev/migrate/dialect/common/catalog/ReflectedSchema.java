package dev.migrate.dialect.common.catalog;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The schema an inspector is reading, filled row by row from its catalog queries and turned into
 * an immutable {@link SchemaModel} at the end. Tables keep the order in which they were first seen.
 */
public final class ReflectedSchema {

    private final Optional<String> currentSchema;
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();

    /**
     * @param currentSchema when present, tables of this schema are named without it (the scope
     *     asked for the connection's current schema); when empty every name carries its schema
     */
    public ReflectedSchema(Optional<String> currentSchema) {
        this.currentSchema = currentSchema;
    }

    /** The model's name of {@code schema.table}: without the schema when it is the current one. */
    public QualifiedName name(String schema, String table) {
        return schema == null || currentSchema.filter(schema::equals).isPresent()
                ? QualifiedName.of(table) : QualifiedName.of(schema, table);
    }

    /** The table {@code schema.table}, added on first use. */
    public Table table(String schema, String table) {
        return tables.computeIfAbsent(name(schema, table), Table::new);
    }

    /** The table {@code schema.table} if a query has seen it (constraints of excluded tables are ignored). */
    public Optional<Table> existing(String schema, String table) {
        return Optional.ofNullable(tables.get(name(schema, table)));
    }

    /** Every table seen so far. */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** The immutable model of what was read. */
    public SchemaModel model() {
        SchemaModel model = SchemaModel.empty();
        for (Table table : tables.values()) {
            model = model.with(table.toDef());
        }
        return model;
    }

    /** One table being read. */
    public static final class Table {
        private final QualifiedName name;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<IndexDef> indexes = new ArrayList<>();
        private Optional<String> comment = Optional.empty();

        private Table(QualifiedName name) {
            this.name = name;
        }

        public QualifiedName name() {
            return name;
        }

        public Table column(ColumnDef column) {
            columns.add(column);
            return this;
        }

        public Table constraint(Constraint constraint) {
            constraints.add(constraint);
            return this;
        }

        public Table index(IndexDef index) {
            indexes.add(index);
            return this;
        }

        public Table comment(String text) {
            comment = Optional.ofNullable(text).filter(t -> !t.isEmpty());
            return this;
        }

        public List<ColumnDef> columns() {
            return columns;
        }

        public List<Constraint> constraints() {
            return constraints;
        }

        public List<IndexDef> indexes() {
            return indexes;
        }

        /** Replaces the column {@code column} by {@code change} applied to it. */
        public void changeColumn(String column, UnaryOperator<ColumnDef> change) {
            columns.replaceAll(c -> c.name().equals(column) ? change.apply(c) : c);
        }

        TableDef toDef() {
            return new TableDef(name, columns, constraints, indexes, comment);
        }
    }
}
