package dev.migrate.engine.execution;

import dev.migrate.api.spi.RunLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The migration connection's transactions: JDBC's own, or, where a transaction lock serialises
 * runs, opened with the lock's statement (SQLite {@code BEGIN IMMEDIATE}) and ended with SQL. The
 * connection is in auto-commit mode between transactions.
 */
final class Transactions {

    private final Connection connection;
    private final Optional<RunLock> transactionLock;
    private boolean active;

    Transactions(Connection connection, Optional<RunLock> transactionLock) throws SQLException {
        this.connection = connection;
        this.transactionLock = transactionLock;
        connection.setAutoCommit(true);
    }

    boolean active() {
        return active;
    }

    /** Opens a transaction unless one is open; returns whether it opened one. */
    boolean begin() throws SQLException {
        if (active) {
            return false;
        }
        if (transactionLock.isPresent()) {
            execute(transactionLock.get().beginStatement());
        } else {
            connection.setAutoCommit(false);
        }
        active = true;
        return true;
    }

    /** Commits the open transaction, if any. */
    void commit() throws SQLException {
        if (!active) {
            return;
        }
        active = false;
        if (transactionLock.isPresent()) {
            execute("COMMIT");
        } else {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** Rolls the open transaction back, if any; a failure to do so is added to {@code cause}. */
    void rollback(Exception cause) {
        if (!active) {
            return;
        }
        active = false;
        try {
            if (transactionLock.isPresent()) {
                execute("ROLLBACK");
            } else {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether an error means that the transaction lock could not be taken in time. */
    boolean lockTimedOut(SQLException e) {
        return transactionLock.map(l -> l.timedOut(e)).orElse(false);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
