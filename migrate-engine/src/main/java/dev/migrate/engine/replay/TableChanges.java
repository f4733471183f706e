package dev.migrate.engine.replay;

import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Changes to one replayed table: each returns the changed table or throws an {@link Inconsistency}. */
final class TableChanges {

    private TableChanges() {
    }

    static TableDef addColumn(TableDef table, ColumnDef column, boolean ifNotExists) {
        if (table.column(column.name()).isPresent()) {
            if (ifNotExists) {
                return table;
            }
            throw Inconsistency.conflict("table " + table.name() + " already has a column " + column.name());
        }
        List<ColumnDef> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return new TableDef(table.name(), columns, table.constraints(), table.indexes(), table.comment());
    }

    /** Drops a column with the indexes and key constraints over it, as PostgreSQL and SQLite do. */
    static TableDef dropColumn(TableDef table, String column, boolean ifExists) {
        if (table.column(column).isEmpty()) {
            if (ifExists) {
                return table;
            }
            throw Inconsistency.missing("table " + table.name() + " has no column '" + column + "'" + columns(table));
        }
        return new TableDef(table.name(), table.columns().stream().filter(c -> !c.name().equals(column)).toList(),
                table.constraints().stream().filter(c -> !ConstraintColumns.of(c).contains(column)).toList(),
                table.indexes().stream().filter(i -> !i.columns().contains(column)).toList(), table.comment());
    }

    static TableDef alterColumn(TableDef table, String column, ColumnChange change) {
        ColumnDef before = table.column(column).orElseThrow(() -> Inconsistency.missing(
                "table " + table.name() + " has no column '" + column + "'" + columns(table)));
        if (change instanceof ColumnChange.Rename rename) {
            return renameColumn(table, column, rename.newName());
        }
        ColumnDef after;
        if (change instanceof ColumnChange.SetType type) {
            after = before.withType(type.type());
        } else if (change instanceof ColumnChange.SetNullable nullable) {
            after = before.withNullable(nullable.nullable());
        } else if (change instanceof ColumnChange.SetDefault value) {
            after = before.withServerDefault(Optional.of(value.expression()));
        } else if (change instanceof ColumnChange.DropDefault) {
            after = before.withServerDefault(Optional.empty());
        } else {
            after = before.withComment(((ColumnChange.SetComment) change).comment());
        }
        return replaceColumn(table, column, after);
    }

    private static TableDef renameColumn(TableDef table, String column, String newName) {
        if (table.column(newName).isPresent()) {
            throw Inconsistency.conflict("table " + table.name() + " already has a column " + newName);
        }
        UnaryOperator<String> rename = c -> c.equals(column) ? newName : c;
        TableDef renamed = replaceColumn(table, column, table.column(column).orElseThrow().withName(newName));
        return new TableDef(table.name(), renamed.columns(),
                table.constraints().stream().map(c -> ConstraintColumns.rename(c, rename)).toList(),
                table.indexes().stream().map(i -> new IndexDef(i.name(), i.columns().stream().map(rename).toList(),
                        i.unique(), i.where())).toList(), table.comment());
    }

    private static TableDef replaceColumn(TableDef table, String column, ColumnDef replacement) {
        List<ColumnDef> columns = table.columns().stream().map(c -> c.name().equals(column) ? replacement : c).toList();
        return new TableDef(table.name(), columns, table.constraints(), table.indexes(), table.comment());
    }

    static TableDef createIndex(TableDef table, IndexDef index, boolean ifNotExists) {
        if (table.indexes().stream().anyMatch(i -> i.name().equals(index.name()))) {
            if (ifNotExists) {
                return table;
            }
            throw Inconsistency.conflict("table " + table.name() + " already has an index " + index.name());
        }
        requireColumns(table, index.columns().stream().filter(c -> c.matches("\\w+")).toList(), "index " + index.name());
        List<IndexDef> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        return new TableDef(table.name(), table.columns(), table.constraints(), indexes, table.comment());
    }

    static TableDef dropIndex(TableDef table, String name, boolean ifExists) {
        if (table.indexes().stream().noneMatch(i -> i.name().equals(name))) {
            if (ifExists) {
                return table;
            }
            throw Inconsistency.missing("table " + table.name() + " has no index '" + name + "'"
                    + names(table.indexes().stream().map(IndexDef::name).toList(), "indexes"));
        }
        return new TableDef(table.name(), table.columns(), table.constraints(),
                table.indexes().stream().filter(i -> !i.name().equals(name)).toList(), table.comment());
    }

    static TableDef addConstraint(TableDef table, Constraint constraint) {
        if (constraint.name().isPresent() && table.constraints().stream().anyMatch(c -> c.name().equals(constraint.name()))) {
            throw Inconsistency.conflict("table " + table.name() + " already has a constraint " + constraint.name().get());
        }
        if (constraint instanceof Constraint.PrimaryKey && table.primaryKey().isPresent()) {
            throw Inconsistency.conflict("table " + table.name() + " already has a primary key "
                    + table.primaryKey().get().name().orElse("(unnamed)"));
        }
        requireColumns(table, ConstraintColumns.of(constraint), "constraint " + constraint.name().orElse("(unnamed)"));
        List<Constraint> constraints = new ArrayList<>(table.constraints());
        constraints.add(constraint);
        return new TableDef(table.name(), table.columns(), constraints, table.indexes(), table.comment());
    }

    static TableDef dropConstraint(TableDef table, String name, ConstraintKind kind, boolean ifExists) {
        Optional<Constraint> found = table.constraints().stream().filter(c -> c.name().equals(Optional.of(name))).findFirst();
        if (found.isEmpty()) {
            if (ifExists) {
                return table;
            }
            throw Inconsistency.missing("table " + table.name() + " has no constraint '" + name + "'" + names(
                    table.constraints().stream().map(c -> c.name().orElse("(unnamed)")).toList(), "constraints"));
        }
        if (found.get().kind() != kind) {
            throw Inconsistency.conflict("constraint " + name + " of table " + table.name() + " is a "
                    + found.get().kind() + ", not a " + kind);
        }
        return new TableDef(table.name(), table.columns(),
                table.constraints().stream().filter(c -> c != found.get()).toList(), table.indexes(), table.comment());
    }

    /** Points the foreign keys of {@code table} that refer to {@code from} at {@code to}. */
    static TableDef referTo(TableDef table, QualifiedName from, QualifiedName to) {
        return new TableDef(table.name(), table.columns(),
                table.constraints().stream().map(c -> c instanceof Constraint.ForeignKey fk && fk.referredTable().equals(from)
                        ? ConstraintColumns.referTo(fk, to) : c).toList(), table.indexes(), table.comment());
    }

    /** Points the foreign keys of {@code table} that refer to {@code referred}.{@code from} at column {@code to}. */
    static TableDef referToColumn(TableDef table, QualifiedName referred, String from, String to) {
        return new TableDef(table.name(), table.columns(),
                table.constraints().stream().map(c -> c instanceof Constraint.ForeignKey fk && fk.referredTable().equals(referred)
                        ? new Constraint.ForeignKey(fk.name(), fk.columns(), fk.referredTable(),
                                fk.referredColumns().stream().map(r -> r.equals(from) ? to : r).toList(), fk.onDelete(),
                                fk.onUpdate(), fk.deferrable()) : c).toList(), table.indexes(), table.comment());
    }

    private static void requireColumns(TableDef table, List<String> wanted, String what) {
        for (String column : wanted) {
            if (table.column(column).isEmpty()) {
                throw Inconsistency.missing("the " + what + " names column '" + column + "', which table " + table.name()
                        + " does not have" + columns(table));
            }
        }
    }

    private static String columns(TableDef table) {
        return names(table.columns().stream().map(ColumnDef::name).toList(), "columns");
    }

    private static String names(List<String> names, String what) {
        return names.isEmpty() ? " (it has no " + what + ")" : " (" + what + ": " + names.stream().collect(Collectors.joining(", ")) + ")";
    }
}
