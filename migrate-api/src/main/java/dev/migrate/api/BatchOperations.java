package dev.migrate.api;

import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import java.util.Optional;

/**
 * The changes a batch block records on its table ({@link Operations#batchAlterTable}, Alembic's
 * {@code batch_op}): the column, index and constraint operations of {@link Operations}, without
 * the table argument.
 */
public interface BatchOperations {

    void addColumn(ColumnDef column);

    void dropColumn(String column);

    /** One or more changes to a column, each applied in order. */
    void alterColumn(String column, ColumnChange... changes);

    default void alterColumnType(String column, ColumnType type) {
        alterColumn(column, new ColumnChange.SetType(type, Optional.empty()));
    }

    default void alterColumnNullable(String column, boolean nullable) {
        alterColumn(column, new ColumnChange.SetNullable(nullable));
    }

    default void renameColumn(String column, String newName) {
        alterColumn(column, new ColumnChange.Rename(newName));
    }

    void createIndex(IndexDef index);

    void dropIndex(String name);

    /** Adds a constraint; an unnamed one is named by the naming convention. */
    void addConstraint(Constraint constraint);

    void dropConstraint(String name, ConstraintKind kind);
}
