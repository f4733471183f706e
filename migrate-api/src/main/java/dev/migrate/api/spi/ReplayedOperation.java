package dev.migrate.api.spi;

import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.SchemaModel;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of a migration with the replayed schema before and after it: what
 * {@link Dialect#render(java.util.List)} receives, so a dialect can carry out several operations
 * together (SQLite rebuilds a table once for consecutive changes that need it).
 *
 * @param operation the operation; never a {@link BatchAlterTable}, whose operations come one by one
 * @param batch the batch the operation belongs to, if any
 */
public record ReplayedOperation(Operation operation, SchemaModel before, SchemaModel after,
        Optional<BatchAlterTable> batch) {

    public ReplayedOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(batch, "batch");
        if (operation instanceof BatchAlterTable) {
            throw new IllegalArgumentException("A batch is replayed operation by operation");
        }
    }
}
