package dev.migrate.dialect.mysql;

import dev.migrate.api.spi.RunLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's and MariaDB's run lock: a named {@code GET_LOCK} held by a session of its own. Lock names
 * are server-wide, so the name includes the current database.
 */
final class MysqlRunLock implements RunLock {

    // MySQL: lock names are at most 64 characters; a SHA-1 of database and table always fits.
    private static final String NAME = "CONCAT('migrate:', SHA1(CONCAT(DATABASE(), '.', ?)))";

    @Override
    public boolean session() {
        return true;
    }

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?)")) {
            s.setString(1, name);
            s.setLong(2, Math.max(0, timeout.toSeconds()));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(" + NAME + ")")) {
            s.setString(1, name);
            s.execute();
        }
    }
}
