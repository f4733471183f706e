package dev.migrate.engine.script;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.schema.TableElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds and checks the table of a CREATE TABLE: unique column names, one primary key, constraints over its columns. */
final class TableCheck {

    private TableCheck() {
    }

    /** The table made of {@code elements}. */
    static TableDef table(QualifiedName name, Optional<String> comment, List<TableElement> elements) {
        TableDef table = TableDef.of(name, comment, elements, "createTable " + name);
        check(table);
        return table;
    }

    /**
     * Checks a table's columns and constraints.
     *
     * @throws IllegalArgumentException naming the table and what is wrong
     */
    static void check(TableDef table) {
        if (table.columns().isEmpty()) {
            throw new IllegalArgumentException("createTable " + table.name() + " needs at least one column");
        }
        Set<String> names = new LinkedHashSet<>();
        for (ColumnDef column : table.columns()) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("createTable " + table.name() + " has two columns named " + column.name());
            }
        }
        long primaryKeys = table.constraints().stream().filter(Constraint.PrimaryKey.class::isInstance).count();
        if (primaryKeys > 1) {
            throw new IllegalArgumentException("createTable " + table.name() + " has " + primaryKeys
                    + " primary keys; a table has at most one (list several columns in one primaryKey(...))");
        }
        for (Constraint constraint : table.constraints()) {
            for (String column : columnsOf(constraint)) {
                if (!names.contains(column)) {
                    throw new IllegalArgumentException("createTable " + table.name() + ": the " + describe(constraint)
                            + " names column '" + column + "', which the table does not have; columns: "
                            + String.join(", ", names));
                }
            }
        }
    }

    /** The table with every constraint named. */
    static TableDef named(TableDef table, ConstraintNamer namer) {
        List<String> columns = table.columns().stream().map(ColumnDef::name).toList();
        List<Constraint> constraints = table.constraints().stream()
                .map(c -> namer.named(table.name(), c, columns)).toList();
        return new TableDef(table.name(), table.columns(), constraints, table.indexes(), table.comment());
    }

    private static List<String> columnsOf(Constraint constraint) {
        if (constraint instanceof Constraint.PrimaryKey pk) {
            return pk.columns();
        }
        if (constraint instanceof Constraint.Unique uq) {
            return uq.columns();
        }
        return constraint instanceof Constraint.ForeignKey fk ? fk.columns() : List.of();
    }

    private static String describe(Constraint constraint) {
        return switch (constraint.kind()) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check";
        };
    }
}
