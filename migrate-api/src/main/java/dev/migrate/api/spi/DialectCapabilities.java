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
 * @param transactionSettings whether rendered steps may hold statements placed before or after
 *     their transaction ({@link Statement.Placement#BEFORE_TRANSACTION}, SQLite's
 *     {@code PRAGMA foreign_keys}). With one transaction for a whole online run, those must be known
 *     before it begins, so the run waits until every step is rendered; without them it starts the
 *     first step while later ones still render.
 * @param commitsInBatch whether, with statement batches, a batch may begin with {@code COMMIT} and
 *     {@code BEGIN}, ending the open transaction and opening the next, and the driver follows the
 *     transaction status the database reports after the batch (PostgreSQL: pgjdbc does). With a
 *     transaction per migration, a step's batch then carries the previous step's commit: one
 *     round trip per step, and still no step commits before the run has seen all its statements
 *     succeed.
 */
public record DialectCapabilities(boolean transactionalDdl, boolean statementBatches, boolean transactionSettings,
        boolean commitsInBatch) {

    public DialectCapabilities {
        if (commitsInBatch && !statementBatches) {
            throw new IllegalArgumentException("commitsInBatch needs statementBatches");
        }
    }

    /** Capabilities without a commit inside a batch. */
    public DialectCapabilities(boolean transactionalDdl, boolean statementBatches, boolean transactionSettings) {
        this(transactionalDdl, statementBatches, transactionSettings, false);
    }

    /** Capabilities without statement batches, which may place statements around the transaction. */
    public DialectCapabilities(boolean transactionalDdl) {
        this(transactionalDdl, false, true);
    }
}
