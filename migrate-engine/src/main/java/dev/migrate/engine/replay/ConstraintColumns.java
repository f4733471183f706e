package dev.migrate.engine.replay;

import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import java.util.List;
import java.util.function.UnaryOperator;

/** The local columns of constraints, and constraints with their columns or referred table changed. */
final class ConstraintColumns {

    private ConstraintColumns() {
    }

    /** The table's own columns a constraint covers; none for a check, whose condition is opaque. */
    static List<String> of(Constraint constraint) {
        if (constraint instanceof Constraint.PrimaryKey pk) {
            return pk.columns();
        }
        if (constraint instanceof Constraint.Unique uq) {
            return uq.columns();
        }
        return constraint instanceof Constraint.ForeignKey fk ? fk.columns() : List.of();
    }

    /** The constraint with its local columns renamed. */
    static Constraint rename(Constraint constraint, UnaryOperator<String> rename) {
        if (constraint instanceof Constraint.PrimaryKey pk) {
            return new Constraint.PrimaryKey(pk.name(), pk.columns().stream().map(rename).toList());
        }
        if (constraint instanceof Constraint.Unique uq) {
            return new Constraint.Unique(uq.name(), uq.columns().stream().map(rename).toList(), uq.deferrable());
        }
        if (constraint instanceof Constraint.ForeignKey fk) {
            return new Constraint.ForeignKey(fk.name(), fk.columns().stream().map(rename).toList(), fk.referredTable(),
                    fk.referredColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable());
        }
        return constraint;
    }

    /** The foreign key referring to {@code table} instead. */
    static Constraint.ForeignKey referTo(Constraint.ForeignKey fk, QualifiedName table) {
        return new Constraint.ForeignKey(fk.name(), fk.columns(), table, fk.referredColumns(), fk.onDelete(),
                fk.onUpdate(), fk.deferrable());
    }
}
