package dev.migrate.engine.autogen;

import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares a target model with a schema (read from a database, or replayed from the revisions)
 * and lists the differences with the operations that remove them. Tables are matched by name;
 * a renamed table or column is not guessed: it shows as a drop and an add, with a warning for the
 * reviewer.
 */
public final class SchemaComparator {

    private final Equivalence equivalence;
    private final TableFilter filter;

    public SchemaComparator(Equivalence equivalence, TableFilter filter) {
        this.equivalence = equivalence;
        this.filter = filter;
    }

    /** The differences that turn {@code actual} into {@code target}. */
    public SchemaDiff compare(SchemaModel target, SchemaModel actual) {
        List<TableDef> added = new ArrayList<>();
        List<TableDef> removed = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        TableComparator tables = new TableComparator(equivalence);
        for (TableDef table : target.tables()) {
            if (!filter.includes(table.name())) {
                continue;
            }
            Optional<TableDef> existing = actual.table(table.name());
            if (existing.isPresent()) {
                changes.addAll(tables.compare(table, existing.get()));
            } else {
                added.add(table);
            }
        }
        for (TableDef table : actual.tables()) {
            if (filter.includes(table.name()) && target.table(table.name()).isEmpty()) {
                removed.add(table);
            }
        }
        Optional<String> renameWarning = added.isEmpty() || removed.isEmpty() ? Optional.empty()
                : Optional.of("Tables " + names(removed) + " are dropped and " + names(added) + " created: if one was "
                        + "renamed, replace its drop and create by op.renameTable(...), or its data is lost.");
        changes.addAll(created(added, renameWarning));
        changes.addAll(dropped(removed, renameWarning));
        return new SchemaDiff(changes);
    }

    private static List<Change> created(List<TableDef> tables, Optional<String> warning) {
        DependencyOrder order = DependencyOrder.of(tables);
        List<Change> changes = new ArrayList<>();
        for (TableDef table : order.tables()) {
            List<Constraint.ForeignKey> later = order.deferred().getOrDefault(table.name(), List.of());
            List<Operation> upgrade = new ArrayList<>();
            upgrade.add(new CreateTable(without(table, later), false));
            table.indexes().forEach(i -> upgrade.add(new CreateIndex(table.name(), i, false, false)));
            Change change = Change.of(Change.Phase.CREATE_TABLES, "added table " + table.name(), upgrade,
                    List.of(new DropTable(table.name(), false)));
            changes.add(warning.isPresent() && changes.isEmpty() ? change.warn(warning.get()) : change);
            for (Constraint.ForeignKey fk : later) {
                changes.add(Change.of(Change.Phase.ADD_FOREIGN_KEYS, "added foreign key " + fk.name().orElse("")
                        + " on " + table.name() + " (closes a cycle of new tables)", new AddConstraint(table.name(), fk),
                        new DropConstraint(table.name(), fk.name().orElseThrow(), ConstraintKind.FOREIGN_KEY, false)));
            }
        }
        return changes;
    }

    private static List<Change> dropped(List<TableDef> tables, Optional<String> warning) {
        DependencyOrder order = DependencyOrder.of(tables);
        List<Change> changes = new ArrayList<>();
        List<TableDef> dropOrder = new ArrayList<>(order.tables());
        java.util.Collections.reverse(dropOrder);
        for (TableDef table : dropOrder) {
            List<Constraint.ForeignKey> first = order.deferred().getOrDefault(table.name(), List.of()).stream()
                    .filter(fk -> fk.name().isPresent()).toList();
            for (Constraint.ForeignKey fk : first) {
                changes.add(Change.of(Change.Phase.DROP_FOREIGN_KEYS, "removed foreign key " + fk.name().get() + " on "
                        + table.name() + " (closes a cycle of removed tables)",
                        new DropConstraint(table.name(), fk.name().get(), ConstraintKind.FOREIGN_KEY, false),
                        new AddConstraint(table.name(), fk)));
            }
            List<Operation> downgrade = new ArrayList<>();
            downgrade.add(new CreateTable(without(table, first), false));
            for (IndexDef index : table.indexes()) {
                downgrade.add(new CreateIndex(table.name(), index, false, false));
            }
            Change change = Change.of(Change.Phase.DROP_TABLES, "removed table " + table.name(),
                    List.of(new DropTable(table.name(), false)), downgrade);
            changes.add(warning.isPresent() && changes.stream().noneMatch(c -> c.phase() == Change.Phase.DROP_TABLES)
                    ? change.warn(warning.get()) : change);
        }
        return changes;
    }

    /** The table as CREATE TABLE takes it: without {@code foreignKeys}, and without indexes (separate operations). */
    private static TableDef without(TableDef table, List<Constraint.ForeignKey> foreignKeys) {
        List<Constraint> kept = table.constraints().stream().filter(c -> !foreignKeys.contains(c)).toList();
        return new TableDef(table.name(), table.columns(), kept, List.of(), table.comment());
    }

    private static String names(List<TableDef> tables) {
        return tables.stream().map(t -> t.name().toString()).collect(Collectors.joining(", "));
    }
}
