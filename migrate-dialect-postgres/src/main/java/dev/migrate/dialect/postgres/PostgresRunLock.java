package dev.migrate.dialect.postgres;

import dev.migrate.api.spi.RunLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * PostgreSQL's run lock: a session-level advisory lock keyed by the version table's name, held on
 * a connection of its own so that it never blocks {@code CREATE INDEX CONCURRENTLY}.
 */
final class PostgresRunLock implements RunLock {

    /** PostgreSQL: lock_not_available, raised when lock_timeout ends the wait. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public boolean session() {
        return true;
    }

    /**
     * Takes the lock in a transaction of its own, whose {@code SET LOCAL lock_timeout} bounds the
     * wait and ends with it: a session-level advisory lock outlives its transaction, and a pooled
     * connection keeps its own lock_timeout.
     */
    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // PostgreSQL: lock_timeout also bounds waits for advisory locks, which wake at once on release.
            s.execute("SET LOCAL lock_timeout = " + Math.max(1, timeout.toMillis()) + "; SELECT pg_advisory_lock("
                    + key(name) + ")");
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, key(name));
            s.execute();
        }
    }

    /** The advisory-lock key for a name: a fixed prefix in the high half, the name's CRC-32 in the low. */
    static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (0x6d696772L << 32) | crc.getValue();
    }
}
