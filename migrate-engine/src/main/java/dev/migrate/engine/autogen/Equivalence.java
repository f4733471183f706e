package dev.migrate.engine.autogen;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.spi.SchemaInspector;
import java.util.Optional;

/**
 * When a target model's piece and the compared schema's piece mean the same: through the dialect's
 * inspector when the schema was read from a database ({@code int4} is {@code INTEGER} on
 * PostgreSQL), structural equality when it was replayed from the revisions.
 */
public final class Equivalence {

    private final Optional<SchemaInspector> inspector;
    private final boolean comments;

    private Equivalence(Optional<SchemaInspector> inspector, boolean comments) {
        this.inspector = inspector;
        this.comments = comments;
    }

    /** Equality of types, defaults and expressions as the model and the replayed revisions write them. */
    public static Equivalence structural() {
        return new Equivalence(Optional.empty(), true);
    }

    /** Equivalence as {@code inspector}'s database sees it. */
    public static Equivalence of(SchemaInspector inspector) {
        return new Equivalence(Optional.of(inspector), true);
    }

    /** This equivalence, ignoring comments when the database keeps none (SQLite). */
    public Equivalence withComments(boolean stored) {
        return new Equivalence(inspector, stored);
    }

    boolean sameComment(Optional<String> model, Optional<String> actual) {
        return !comments || model.equals(actual);
    }

    boolean sameType(ColumnType model, ColumnType actual) {
        return model.equals(actual) || inspector.map(i -> i.sameType(model, actual)).orElse(false);
    }

    boolean sameDefault(Optional<SqlExpression> model, Optional<SqlExpression> actual) {
        if (model.map(SqlExpression::sql).map(String::strip).equals(actual.map(SqlExpression::sql).map(String::strip))) {
            return true;
        }
        return inspector.map(i -> i.sameDefault(model, actual)).orElse(false);
    }

    /** Whether two predicates (partial-index conditions) are the same, normalised like defaults. */
    boolean sameExpression(Optional<SqlExpression> model, Optional<SqlExpression> actual) {
        return sameDefault(model, actual);
    }

    /** Referential actions: none given, NO ACTION and RESTRICT all refuse the change, and count as the same. */
    static boolean sameAction(Optional<ReferentialAction> model, Optional<ReferentialAction> actual) {
        return normal(model) == normal(actual);
    }

    private static ReferentialAction normal(Optional<ReferentialAction> action) {
        ReferentialAction a = action.orElse(ReferentialAction.NO_ACTION);
        return a == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : a;
    }
}
