package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online, a bulk insert runs as one batch of a prepared statement with the values bound; the rows
 * it stores equal those its offline script's literal INSERTs store when the database's own client
 * runs them: dates, times, timestamps with and without offset, decimals, big integers, booleans,
 * bytes, UUIDs (as UUID and as text), quotes and backslashes, and nulls.
 */
class OnlineBulkInsertTest {

    @TempDir
    Path dir;

    /** A project whose one revision creates {@code table} and bulk-inserts the same rows into it. */
    private TestProject project(TestDatabase db, String table) {
        TestProject p = TestProject.init(dir.resolve(table), db.jdbcUrl());
        p.replaceInConfig("script_location: migrations", "version_table: " + table + "_version\nscript_location: migrations");
        p.write("migrations/versions/1_rows.java", """
                import static dev.migrate.api.Schema.column;
                import static dev.migrate.api.Schema.primaryKey;
                import static dev.migrate.api.schema.ColumnTypes.*;

                import dev.migrate.api.*;
                import java.math.*;
                import java.time.*;
                import java.util.*;

                @Revision(id = "aaaa0001", message = "rows")
                class Rows implements Migration {
                    public void upgrade(Operations op) {
                        op.createTable("TABLE", column("id", INTEGER).notNull(), column("name", TEXT), column("d", DATE),
                                column("ts", TIMESTAMP), column("tz", TIMESTAMP_TZ), column("amount", numeric(24, 4)),
                                column("flag", BOOLEAN), column("data", BINARY), column("uid", UUID), column("uid_text", UUID),
                                column("day_text", DATE), column("t", TIME), column("big", BIGINT), column("dbl", DOUBLE),
                                primaryKey("id"));
                        List<List<Object>> rows = new ArrayList<>();
                        rows.add(Arrays.asList(1, "O'Brien \\\\ back", LocalDate.of(2024, 2, 29),
                                LocalDateTime.of(2024, 2, 29, 13, 45, 30), OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 0, ZoneOffset.ofHours(2)),
                                new BigDecimal("12345678901234.5678"), true, new byte[] {0, 1, 39, 92, 127, -128, -1},
                                java.util.UUID.fromString("6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7b6a01"), "3b2f9c1d-7e4a-4b8c-8d6e-1f0a2b3c4d5e",
                                "2024-03-01", LocalTime.of(23, 59, 58), 9007199254740993L, 0.1));
                        rows.add(Arrays.asList(2, null, null, null, null, null, null, null, null, null, null, null, null, null));
                        rows.add(Arrays.asList(3, "", LocalDate.of(1970, 1, 1), LocalDateTime.of(1999, 12, 31, 23, 59, 59),
                                Instant.parse("2030-06-15T08:00:00Z"), new BigInteger("123"), false, new byte[0],
                                java.util.UUID.fromString("00000000-0000-0000-0000-000000000000"), null, null, LocalTime.MIDNIGHT, -1L, -2.5e10));
                        op.bulkInsert("TABLE", List.of("id", "name", "d", "ts", "tz", "amount", "flag", "data", "uid", "uid_text",
                                "day_text", "t", "big", "dbl"), rows);
                    }
                    public void downgrade(Operations op) {
                        op.dropTable("TABLE");
                    }
                }
                """.replace("TABLE", table));
        return p;
    }

    @DatabaseTest
    void batchedRowsEqualTheOfflineScriptsLiteralRows(TestDatabase db) throws Exception {
        TestProject online = project(db, "online_rows");
        assertEquals("Running upgrade  -> aaaa0001, rows\n", online.ok("upgrade", "head"));
        TestProject offline = project(db, "offline_rows");
        Path script = dir.resolve("offline.sql");
        Files.writeString(script, offline.ok("upgrade", "head", "--sql"));
        SqlClient.run(db, script);
        try (Connection c = db.connect()) {
            List<List<Object>> rows = rows(c, "online_rows");
            assertEquals(rows(c, "offline_rows").toString(), rows.toString());
            assertEquals(3, rows.size());
            assertEquals("O'Brien \\ back", rows.get(0).get(1));
            assertArrayEquals(new byte[] {0, 1, 39, 92, 127, -128, -1}, (byte[]) rawValue(c, "online_rows", "data"));
            assertEquals(List.of(2), rows.get(1).subList(0, 1));
            rows.get(1).subList(1, 14).forEach(v -> assertNull(v));
        }
    }

    /** Every row of {@code table} by id, each value as JDBC reads it (bytes as a list, to compare by content). */
    private static List<List<Object>> rows(Connection c, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object rawValue(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table
                + " WHERE id = 1")) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
