package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * Several changes to one table carried out together (Alembic's {@code batch_alter_table}): on a
 * database whose {@code ALTER TABLE} cannot make them in place (SQLite), one table rebuild instead
 * of one per change; elsewhere the changes run one by one.
 *
 * @param recreate when the table is rebuilt
 * @param operations the changes, in order: column, index and constraint operations on {@code table}
 */
public record BatchAlterTable(QualifiedName table, Recreate recreate, List<Operation> operations) implements Operation {

    /** When a batch rebuilds its table ("move and copy"). */
    public enum Recreate {
        /** Only when a change needs it; otherwise each change runs as a native {@code ALTER}. */
        AUTO,
        /** Always, even when every change could run in place. */
        ALWAYS,
        /** Never: a change that needs a rebuild is refused. */
        NEVER
    }

    public BatchAlterTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recreate, "recreate");
        operations = List.copyOf(operations);
        for (Operation operation : operations) {
            QualifiedName target = target(operation);
            if (!table.equals(target)) {
                throw new IllegalArgumentException("A batch on " + table + " holds only column, index and constraint "
                        + "operations on " + table + ", not " + operation.getClass().getSimpleName()
                        + (target == null ? "" : " on " + target));
            }
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** The table a batchable operation changes; {@code null} for an operation a batch cannot hold. */
    private static QualifiedName target(Operation operation) {
        if (operation instanceof AddColumn o) {
            return o.table();
        } else if (operation instanceof DropColumn o) {
            return o.table();
        } else if (operation instanceof AlterColumn o) {
            return o.table();
        } else if (operation instanceof CreateIndex o) {
            return o.table();
        } else if (operation instanceof DropIndex o) {
            return o.table();
        } else if (operation instanceof AddConstraint o) {
            return o.table();
        } else if (operation instanceof DropConstraint o) {
            return o.table();
        }
        return null;
    }
}
