package dev.migrate.dialect.sqlite;

import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.dialect.common.AnsiDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The SQLite dialect. */
public final class SqliteDialect extends AnsiDialect {

    public SqliteDialect() {
        super("sqlite", new DialectCapabilities(true));
    }

    // SQLite: one indexed lookup in sqlite_master; the driver's generic metadata query is far heavier.
    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        String master = schema.map(s -> quoteIdentifier(s) + ".sqlite_master").orElse("sqlite_master");
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM " + master + " WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String driverUrl(String configuredUrl) {
        SqliteNativeLibrary.prepare();
        return configuredUrl;
    }
}
