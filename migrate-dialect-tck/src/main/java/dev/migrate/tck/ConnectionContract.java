package dev.migrate.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.spi.DialectProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Contract every dialect module runs against its live database: the connection works, and the
 * dialect is found through {@link ServiceLoader} for the database's URL.
 *
 * <p>A dialect module extends this class and annotates the subclass with {@link UsesDatabase}.
 */
public abstract class ConnectionContract {

    /** The name the module's {@link DialectProvider} reports. */
    protected abstract String dialectName();

    @Test
    void createsInsertsAndReadsBack(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE smoke (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO smoke (id, label) VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "first");
                insert.executeUpdate();
                insert.setInt(1, 2);
                insert.setString(2, "O'Brien – ünïcode");
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, label FROM smoke ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("first", rs.getString(2));
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
                assertEquals("O'Brien – ünïcode", rs.getString(2));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void serviceLoaderFindsTheDialectForTheUrl(TestDatabase db) {
        List<String> accepting = ServiceLoader.load(DialectProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.accepts(db.jdbcUrl()))
                .map(DialectProvider::name)
                .toList();
        assertEquals(List.of(dialectName()), accepting);
    }
}
