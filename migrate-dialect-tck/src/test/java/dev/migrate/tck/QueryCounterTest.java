package dev.migrate.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@UsesDatabase(DatabaseKind.SQLITE)
class QueryCounterTest {

    @Test
    void countsEveryExecutionAndCatalogCallThroughTheRealConnection(TestDatabase db) throws SQLException {
        QueryCounter counter = new QueryCounter();
        try (Connection c = counter.wrap(db.connect())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER)");
                s.executeUpdate("INSERT INTO t VALUES (1)");
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM t WHERE id = ?")) {
                for (int i = 0; i < 3; i++) {
                    p.setInt(1, i);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                    }
                }
            }
            try (ResultSet tables = c.getMetaData().getTables(null, null, "t", null)) {
                tables.next();
                assertEquals("t", tables.getString("TABLE_NAME"));
            }
        }
        assertEquals(6, counter.queries(), "2 statements, 3 executions of one prepared statement, 1 catalog call");
    }
}
