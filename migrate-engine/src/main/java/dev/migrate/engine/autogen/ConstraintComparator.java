package dev.migrate.engine.autogen;

import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The differences in one table's primary key, unique, foreign-key and check constraints and
 * indexes. A constraint matches one of the same name, else one of the same definition (databases
 * name unnamed constraints themselves); checks of the same name match whatever their text, since
 * databases rewrite conditions. A unique constraint and a unique index of the same name and columns
 * match each other (MySQL reports a unique index as a unique constraint).
 */
final class ConstraintComparator {

    private final Equivalence equivalence;
    private final QualifiedName table;
    private final List<Change> changes = new ArrayList<>();

    ConstraintComparator(Equivalence equivalence, QualifiedName table) {
        this.equivalence = equivalence;
        this.table = table;
    }

    List<Change> compare(TableDef target, TableDef actual) {
        List<Constraint> targetLeft = new ArrayList<>(target.constraints());
        List<Constraint> actualLeft = new ArrayList<>(actual.constraints());
        List<IndexDef> targetIndexes = new ArrayList<>(target.indexes());
        List<IndexDef> actualIndexes = new ArrayList<>(actual.indexes());
        // Primary keys: one per table, compared by columns (MySQL calls every one PRIMARY).
        pair(targetLeft, actualLeft, (t, a) -> t instanceof Constraint.PrimaryKey tp && a instanceof Constraint.PrimaryKey ap
                && tp.columns().equals(ap.columns()));
        pair(targetLeft, actualLeft, (t, a) -> t.kind() == a.kind() && t.name().isPresent() && t.name().equals(a.name())
                && (t instanceof Constraint.Check || sameDefinition(t, a)));
        pair(targetLeft, actualLeft, (t, a) -> t.kind() == a.kind() && !(t instanceof Constraint.Check) && sameDefinition(t, a));
        pair(targetLeft, actualLeft, (t, a) -> t instanceof Constraint.Check tc && a instanceof Constraint.Check ac
                && equivalence.sameExpression(Optional.of(tc.condition()), Optional.of(ac.condition())));
        pair(targetIndexes, actualIndexes, (t, a) -> t.name().equals(a.name()) && sameIndex(t, a));
        // A unique index in one and a unique constraint of the same name in the other.
        crossMatch(targetIndexes, actualLeft);
        crossMatch(actualIndexes, targetLeft);
        for (Constraint c : actualLeft) {
            removed(c);
        }
        for (IndexDef index : actualIndexes) {
            changes.add(Change.of(Change.Phase.DROP_INDEXES_AND_CONSTRAINTS, "removed index " + index.name() + " on " + table,
                    new DropIndex(table, index.name(), false, false), new CreateIndex(table, index, false, false)));
        }
        for (Constraint c : targetLeft) {
            added(c);
        }
        for (IndexDef index : targetIndexes) {
            changes.add(Change.of(Change.Phase.ADD_CONSTRAINTS_AND_INDEXES, "added index " + index.name() + " on " + table,
                    new CreateIndex(table, index, false, false), new DropIndex(table, index.name(), false, false)));
        }
        return changes;
    }

    private void removed(Constraint c) {
        String what = "removed " + describe(c) + " on " + table;
        if (c.name().isEmpty()) {
            changes.add(new Change(Change.Phase.DROP_INDEXES_AND_CONSTRAINTS, what, Optional.of("The " + describe(c)
                    + " on " + table + " has no name, so it cannot be dropped by name: drop it by hand (SQLite: rebuild the"
                    + " table)."), List.of(), List.of()));
            return;
        }
        Change.Phase phase = c instanceof Constraint.ForeignKey ? Change.Phase.DROP_FOREIGN_KEYS
                : Change.Phase.DROP_INDEXES_AND_CONSTRAINTS;
        changes.add(Change.of(phase, what, new DropConstraint(table, c.name().get(), c.kind(), false),
                new AddConstraint(table, c)));
    }

    private void added(Constraint c) {
        Change.Phase phase = c instanceof Constraint.ForeignKey ? Change.Phase.ADD_FOREIGN_KEYS
                : Change.Phase.ADD_CONSTRAINTS_AND_INDEXES;
        changes.add(Change.of(phase, "added " + describe(c) + " on " + table, new AddConstraint(table, c),
                new DropConstraint(table, c.name().orElseThrow(), c.kind(), false)));
    }

    private boolean sameDefinition(Constraint t, Constraint a) {
        if (t instanceof Constraint.PrimaryKey tp && a instanceof Constraint.PrimaryKey ap) {
            return tp.columns().equals(ap.columns());
        } else if (t instanceof Constraint.Unique tu && a instanceof Constraint.Unique au) {
            return tu.columns().equals(au.columns()) && tu.deferrable() == au.deferrable();
        } else if (t instanceof Constraint.ForeignKey tf && a instanceof Constraint.ForeignKey af) {
            return tf.columns().equals(af.columns()) && tf.referredColumns().equals(af.referredColumns())
                    && tf.referredTable().name().equals(af.referredTable().name())
                    && (tf.referredTable().schema().isEmpty() || af.referredTable().schema().isEmpty()
                            || tf.referredTable().schema().equals(af.referredTable().schema()))
                    && Equivalence.sameAction(tf.onDelete(), af.onDelete())
                    && Equivalence.sameAction(tf.onUpdate(), af.onUpdate()) && tf.deferrable() == af.deferrable();
        }
        return false;
    }

    private boolean sameIndex(IndexDef t, IndexDef a) {
        return t.columns().equals(a.columns()) && t.unique() == a.unique()
                && (t.where().isEmpty() && a.where().isEmpty() || equivalence.sameExpression(t.where(), a.where()));
    }

    private static void crossMatch(List<IndexDef> indexes, List<Constraint> constraints) {
        for (Iterator<IndexDef> i = indexes.iterator(); i.hasNext();) {
            IndexDef index = i.next();
            if (!index.unique() || index.where().isPresent()) {
                continue;
            }
            Optional<Constraint> unique = constraints.stream().filter(c -> c instanceof Constraint.Unique u
                    && u.name().equals(Optional.of(index.name())) && u.columns().equals(index.columns())).findFirst();
            if (unique.isPresent()) {
                constraints.remove(unique.get());
                i.remove();
            }
        }
    }

    /** Removes from both lists each target item and the first actual item {@code same} pairs it with. */
    private static <T> void pair(List<T> targets, List<T> actuals, BiPredicate<T, T> same) {
        for (Iterator<T> t = targets.iterator(); t.hasNext();) {
            T target = t.next();
            for (Iterator<T> a = actuals.iterator(); a.hasNext();) {
                if (same.test(target, a.next())) {
                    a.remove();
                    t.remove();
                    break;
                }
            }
        }
    }

    static String describe(Constraint c) {
        String name = c.name().map(n -> " " + n).orElse("");
        if (c instanceof Constraint.PrimaryKey pk) {
            return "primary key" + name + " (" + String.join(", ", pk.columns()) + ")";
        } else if (c instanceof Constraint.Unique u) {
            return "unique constraint" + name + " (" + String.join(", ", u.columns()) + ")";
        } else if (c instanceof Constraint.ForeignKey fk) {
            return "foreign key" + name + " (" + String.join(", ", fk.columns()) + ") -> " + fk.referredTable();
        }
        return "check constraint" + name;
    }
}
