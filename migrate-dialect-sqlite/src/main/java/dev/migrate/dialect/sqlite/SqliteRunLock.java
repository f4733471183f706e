package dev.migrate.dialect.sqlite;

import dev.migrate.api.spi.RunLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * SQLite's run lock: each migration transaction opens with {@code BEGIN IMMEDIATE}, which takes the
 * database's write lock at once; a second runner waits for it up to the busy timeout.
 */
final class SqliteRunLock implements RunLock {

    @Override
    public boolean session() {
        return false;
    }

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
        }
        return true;
    }

    @Override
    public void release(Connection connection, String name) {
        // The lock ends with each transaction.
    }

    @Override
    public String beginStatement() {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public boolean timedOut(SQLException e) {
        String message = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        return e.getErrorCode() == 5 || message.contains("SQLITE_BUSY") || message.contains("DATABASE IS LOCKED");
    }
}
