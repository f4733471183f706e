package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart's offline scripts, written by {@code upgrade head --sql} and
 * {@code downgrade head:base --sql}, run unchanged by psql, mariadb and sqlite3; the catalog then
 * holds exactly the expected schema, and after the downgrade only an empty version table.
 */
class OfflineQuickstartTest {

    @TempDir
    Path dir;

    private TestProject quickstart(TestDatabase db) {
        return TestProject.quickstart(dir.resolve("quickstart"), db.jdbcUrl());
    }

    @DatabaseTest
    void upgradeAndDowngradeScriptsRunInTheDatabasesOwnClient(TestDatabase db) throws Exception {
        TestProject p = quickstart(db);
        Path up = dir.resolve("up.sql");
        Path down = dir.resolve("down.sql");
        p.ok("upgrade", "head", "--sql", "--output", up.toString());
        p.ok("downgrade", "head:base", "--sql", "--output", down.toString());
        String script = Files.readString(up);
        assertTrue(script.contains("-- Running upgrade 20260117_1145 -> 20260117_1200, Migrate user data"), script);
        assertEquals(db.kind() != DatabaseKind.MYSQL, script.contains("BEGIN;"), "BEGIN/COMMIT only with transactional DDL");

        SqlClient.run(db, up);
        try (Connection c = db.connect()) {
            assertEquals(List.of("api_keys", "migrate_version", "sys_user", "users"), tables(c));
            assertEquals(List.of("id", "email", "username", "hashed_password", "full_name", "is_active", "is_superuser",
                    "created_at", "updated_at", "avatar_url", "first_name", "last_name"), columns(c, "users"));
            assertEquals(List.of("id", "username", "email"), columns(c, "sys_user"));
            assertEquals(List.of("ix_users_email", "ix_users_is_active", "ix_users_username"), indexes(c, "users"));
            assertEquals(List.of("ix_sys_user_email"), indexes(c, "sys_user"));
            assertTrue(indexes(c, "api_keys").containsAll(List.of("ix_api_keys_key_hash", "ix_api_keys_user_id")));
            assertEquals(List.of("users.id ON DELETE CASCADE"), foreignKeys(c, "api_keys"));
            assertEquals(List.of("20260117_1330"), versions(c));
            // The data migration's portable SQL ran: full_name = first_name || ' ' || last_name.
            execute(c, "INSERT INTO users (email, username, hashed_password, created_at, first_name, last_name) "
                    + "VALUES ('a@example.com', 'ada', 'x', CURRENT_TIMESTAMP, 'Ada', 'Lovelace')");
        }

        SqlClient.run(db, down);
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version"), tables(c));
            assertEquals(List.of(), versions(c));
        }
    }

    @org.junit.jupiter.api.Test
    void aTagAndAStartRevisionShapeTheScript() {
        TestProject p = quickstart(new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + dir.resolve("unused.db"), "unused"));
        String script = p.ok("upgrade", "20260117_1130:20260117_1200", "--sql", "--tag", "release-42");
        assertEquals(List.of("-- migrate upgrade 20260117_1130:20260117_1200 for sqlite", "-- Tag: release-42", "", "BEGIN;"),
                script.lines().limit(4).toList());
        assertTrue(!script.contains("CREATE TABLE migrate_version"), "a script starting at a revision assumes the table");
        assertTrue(script.contains("UPDATE migrate_version SET version_num = '20260117_1145' WHERE version_num = '20260117_1130';"),
                script);
        assertEquals(2, script.lines().filter(l -> l.startsWith("-- Running upgrade")).count());
        CliRun noRange = p.run("downgrade", "base", "--sql");
        assertEquals(ExitCodes.REVISION, noRange.exitCode());
        assertTrue(noRange.err().startsWith("migrate: error: "), noRange.err());
    }

    static List<String> tables(Connection c) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), schema(c), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), schema(c), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static List<String> indexes(Connection c, String table) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), schema(c), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null && name.toLowerCase(Locale.ROOT).startsWith("ix_")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(names);
    }

    static List<String> foreignKeys(Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), schema(c), table)) {
            while (rs.next()) {
                String rule = rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? " ON DELETE CASCADE" : "";
                keys.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME") + rule);
            }
        }
        return keys;
    }

    static List<String> versions(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version_num FROM migrate_version")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static String schema(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? "public" : null;
    }
}
