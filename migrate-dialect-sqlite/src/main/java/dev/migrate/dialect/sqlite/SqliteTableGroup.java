package dev.migrate.dialect.sqlite;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.ReplayedOperation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The changes to one table collected so far in a migration (outside batch blocks), carried out
 * together when the migration reaches an operation that {@link #involves} the table, or its end:
 * by one rebuild when any change needs one, otherwise each in place at its own position. It knows
 * which later operations may run before its changes (they are deferred, never advanced).
 */
final class SqliteTableGroup {

    /** Stands for "any column" where the columns an operation or key uses are not known. */
    private static final String ANY = "*";

    private final QualifiedName table;
    private final SchemaModel start;
    private final List<ReplayedOperation> operations = new ArrayList<>();
    /** The table's columns that the group's changes touched (old and new names). */
    private final Set<String> touched = new HashSet<>();
    /** Other tables whose replayed definition the group's changes altered (a renamed column their foreign keys follow). */
    private final Set<QualifiedName> altered = new HashSet<>();

    SqliteTableGroup(ReplayedOperation first) {
        this.table = SqliteRebuilds.tableChanged(first.operation()).orElseThrow();
        this.start = first.before();
        add(first);
    }

    QualifiedName table() {
        return table;
    }

    List<ReplayedOperation> operations() {
        return List.copyOf(operations);
    }

    void add(ReplayedOperation replayed) {
        operations.add(replayed);
        touched.addAll(columnsTouched(replayed.operation(), table, replayed.before()));
        for (QualifiedName other : relatedTables(replayed.before(), replayed.after())) {
            if (!replayed.before().table(other).equals(replayed.after().table(other))) {
                altered.add(other);
            }
        }
    }

    /**
     * Whether a change to this group's own table must start a group of its own: a type change with
     * a USING expression names columns as they are at that point, but the rebuild copies from the
     * table as it was before the group, so it cannot follow added, dropped, renamed or converted
     * columns.
     */
    boolean cannotTake(ReplayedOperation replayed) {
        if (!(replayed.operation() instanceof AlterColumn alter && alter.change() instanceof ColumnChange.SetType type
                && type.using().isPresent())) {
            return false;
        }
        return operations.stream().map(ReplayedOperation::operation).anyMatch(o -> o instanceof AddColumn
                || o instanceof DropColumn || o instanceof AlterColumn a && (a.change() instanceof ColumnChange.Rename
                        || a.change() instanceof ColumnChange.SetType t && t.using().isPresent()));
    }

    /**
     * Whether {@code replayed}, an operation that is not one of this group's changes, must run
     * after them: it names the table, changes its replayed definition (a column it refers to
     * renamed), names a table whose definition the group altered, changes a foreign key between
     * the table and the one it names (created, dropped or renamed with the table, added or
     * dropped), or touches a column that such a key uses on either side — or the group touched
     * the table's own side of one.
     */
    boolean involves(ReplayedOperation replayed) {
        Operation operation = replayed.operation();
        List<QualifiedName> named = tablesNamed(operation);
        if (named.contains(table) || !replayed.before().table(table).equals(replayed.after().table(table))) {
            return true;
        }
        for (QualifiedName other : named) {
            if (altered.contains(other)) {
                return true;
            }
            List<Link> atStart = links(start, other);
            List<Link> before = links(replayed.before(), other);
            List<Link> after = links(replayed.after(), other);
            if (!atStart.equals(before) || !before.equals(after)) {
                return true; // the key between the two tables changes, in the group or here
            }
            Set<String> otherSide = new HashSet<>();
            Set<String> ownSide = new HashSet<>();
            for (List<Link> links : List.of(atStart, before, after)) {
                links.forEach(l -> {
                    otherSide.addAll(l.columnsOf(other));
                    ownSide.addAll(l.columnsOf(table));
                });
            }
            if (overlap(columnsTouched(operation, other, replayed.before()), otherSide) || overlap(touched, ownSide)) {
                return true;
            }
        }
        return false;
    }

    /** The tables an operation names (both names of a renamed table); none for operations this class does not know. */
    static List<QualifiedName> tablesNamed(Operation operation) {
        if (operation instanceof CreateTable o) {
            return List.of(o.table().name());
        } else if (operation instanceof DropTable o) {
            return List.of(o.table());
        } else if (operation instanceof RenameTable o) {
            return List.of(o.table(), new QualifiedName(o.table().schema(), o.newName()));
        } else if (operation instanceof SetTableComment o) {
            return List.of(o.table());
        } else if (operation instanceof AlterColumn o) {
            return List.of(o.table()); // a comment change, which tableChanged leaves out
        }
        return SqliteRebuilds.tableChanged(operation).map(List::of).orElse(List.of());
    }

    /** The columns of {@code table} that a column, index or constraint operation on it touches; {@link #ANY} when unknown. */
    private static Set<String> columnsTouched(Operation operation, QualifiedName table, SchemaModel before) {
        Set<String> columns = new HashSet<>();
        Optional<TableDef> definition = before.table(table);
        if (operation instanceof AddColumn o) {
            columns.add(o.column().name());
        } else if (operation instanceof DropColumn o) {
            columns.add(o.column());
        } else if (operation instanceof AlterColumn o) {
            columns.add(o.column());
            if (o.change() instanceof ColumnChange.Rename rename) {
                columns.add(rename.newName());
            }
        } else if (operation instanceof AddConstraint o) {
            columns.addAll(SqliteTableRebuild.columnsOf(o.constraint()));
        } else if (operation instanceof DropConstraint o) {
            definition.flatMap(t -> t.constraints().stream().filter(c -> c.name().equals(Optional.of(o.name()))).findFirst())
                    .ifPresentOrElse(c -> columns.addAll(SqliteTableRebuild.columnsOf(c)), () -> columns.add(ANY));
        } else if (operation instanceof CreateIndex o) {
            columns.addAll(o.index().columns());
        } else if (operation instanceof DropIndex o) {
            definition.flatMap(t -> t.indexes().stream().filter(i -> i.name().equals(o.name())).findFirst())
                    .map(IndexDef::columns).ifPresentOrElse(columns::addAll, () -> columns.add(ANY));
        }
        return columns;
    }

    /** The tables with a foreign key to or from this group's table, in either schema. */
    private Set<QualifiedName> relatedTables(SchemaModel... schemas) {
        Set<QualifiedName> related = new LinkedHashSet<>();
        for (SchemaModel schema : schemas) {
            for (TableDef t : schema.tables()) {
                for (Constraint c : t.constraints()) {
                    if (c instanceof Constraint.ForeignKey fk && (t.name().equals(table) || fk.referredTable().equals(table))) {
                        related.add(t.name().equals(table) ? fk.referredTable() : t.name());
                    }
                }
            }
        }
        related.remove(table);
        return related;
    }

    /** The foreign keys between this group's table and {@code other}, in both directions, in {@code schema}. */
    private List<Link> links(SchemaModel schema, QualifiedName other) {
        List<Link> links = new ArrayList<>();
        for (QualifiedName child : List.of(table, other)) {
            QualifiedName parent = child.equals(table) ? other : table;
            schema.table(child).ifPresent(t -> t.constraints().stream()
                    .filter(c -> c instanceof Constraint.ForeignKey fk && fk.referredTable().equals(parent))
                    .forEach(c -> links.add(new Link(child, (Constraint.ForeignKey) c, referredColumns(schema,
                            (Constraint.ForeignKey) c)))));
        }
        return links;
    }

    /** The parent's columns a foreign key refers to: its own list, or the parent's primary key. */
    private static List<String> referredColumns(SchemaModel schema, Constraint.ForeignKey fk) {
        if (!fk.referredColumns().isEmpty()) {
            return fk.referredColumns();
        }
        return schema.table(fk.referredTable()).flatMap(TableDef::primaryKey).map(Constraint.PrimaryKey::columns)
                .orElse(List.of(ANY));
    }

    private static boolean overlap(Set<String> touched, Set<String> used) {
        if (touched.isEmpty() || used.isEmpty()) {
            return false;
        }
        return touched.contains(ANY) || used.contains(ANY) || touched.stream().anyMatch(used::contains);
    }

    /** A foreign key of {@code child} and the columns it uses on its parent. */
    private record Link(QualifiedName child, Constraint.ForeignKey key, List<String> parentColumns) {

        List<String> columnsOf(QualifiedName name) {
            return name.equals(child) ? key.columns() : parentColumns;
        }
    }
}
