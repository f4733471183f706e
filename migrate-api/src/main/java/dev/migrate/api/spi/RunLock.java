package dev.migrate.api.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that lets one migrate run at a time change a database. A session lock (PostgreSQL's
 * advisory lock, MySQL's {@code GET_LOCK}) is held by a connection of its own for the whole run; a
 * transaction lock (SQLite) is taken by every migration transaction, which opens with
 * {@link #beginStatement()} on the migration connection.
 */
public interface RunLock {

    /** Whether the lock is held by a dedicated auto-commit connection for the whole run. */
    boolean session();

    /**
     * Takes a session lock named {@code name}, waiting at most {@code timeout}; for a transaction
     * lock, makes the migration connection wait that long for the lock its transactions take.
     *
     * @return false when the wait timed out
     */
    boolean acquire(Connection connection, String name, Duration timeout) throws SQLException;

    /** Releases a session lock; a transaction lock ends with its transaction. */
    void release(Connection connection, String name) throws SQLException;

    /** The statement that opens a migration transaction holding a transaction lock. */
    default String beginStatement() {
        return "BEGIN";
    }

    /** Whether an error means that waiting for a transaction lock timed out. */
    default boolean timedOut(SQLException e) {
        return false;
    }
}
