package dev.migrate.api.spi;

/**
 * Flags describing what a database supports.
 *
 * @param transactionalDdl whether DDL statements take part in transactions (PostgreSQL, SQLite)
 *     or commit implicitly (MySQL, MariaDB)
 * @param statementBatches whether an online run sends a step's plain statements, its version-table
 *     change and its history row as one JDBC batch: the driver sends the batch in one round trip,
 *     stops at the first statement that fails and lets {@link Dialect#failedBatchEntry} name it
 *     (PostgreSQL). Where it is off, each statement is its own JDBC call.
 */
public record DialectCapabilities(boolean transactionalDdl, boolean statementBatches) {

    /** Capabilities without statement batches. */
    public DialectCapabilities(boolean transactionalDdl) {
        this(transactionalDdl, false);
    }
}
