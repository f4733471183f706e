package dev.migrate.cli;

import static dev.migrate.cli.OfflineQuickstartTest.columns;
import static dev.migrate.cli.OfflineQuickstartTest.execute;
import static dev.migrate.cli.OfflineQuickstartTest.foreignKeys;
import static dev.migrate.cli.OfflineQuickstartTest.indexes;
import static dev.migrate.cli.OfflineQuickstartTest.tables;
import static dev.migrate.cli.OfflineQuickstartTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart upgraded and downgraded online by the real command line, step by step and all
 * the way, with the catalog, the data migration and the version table checked at each point.
 */
class OnlineQuickstartTest {

    private static final String MESSAGE = "Running upgrade 20260117_1145 -> 20260117_1200, Migrate user data";

    @TempDir
    Path dir;

    @DatabaseTest
    void upgradesToHeadAndDowngradesToBase(TestDatabase db) throws SQLException {
        TestProject p = TestProject.quickstart(dir.resolve("quickstart"), db.jdbcUrl());
        assertEquals(List.of("Running upgrade  -> 20260117_0930, Create users table",
                "Running upgrade 20260117_0930 -> 20260117_1000, Create api_keys table",
                "Running upgrade 20260117_1000 -> 20260117_1100, Add avatar column to users",
                "Running upgrade 20260117_1100 -> 20260117_1130, Add index on users is_active",
                "Running upgrade 20260117_1130 -> 20260117_1145, Add first and last name to users"),
                p.ok("upgrade", "20260117_1145").lines().toList());
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1145"), versions(c));
            assertEquals(List.of("api_keys", "migrate_version", "migrate_version_history", "users"), tables(c));
            execute(c, "INSERT INTO users (email, username, hashed_password, created_at, first_name, last_name) "
                    + "VALUES ('ada@example.com', 'ada', 'x', CURRENT_TIMESTAMP, 'Ada', 'Lovelace')");
            execute(c, "INSERT INTO users (email, username, hashed_password, created_at, first_name) "
                    + "VALUES ('bob@example.com', 'bob', 'x', CURRENT_TIMESTAMP, 'Bob')");
            assertEquals(List.of("ada null", "bob null"), fullNames(c));
        }

        assertEquals(MESSAGE + "\n", p.ok("upgrade", "+1"));
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1200"), versions(c));
            assertEquals(List.of("ada Ada Lovelace", "bob null"), fullNames(c));
        }

        assertEquals(2, p.ok("upgrade", "head").lines().count());
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1330"), versions(c));
            assertEquals(List.of("api_keys", "migrate_version", "migrate_version_history", "sys_user", "users"), tables(c));
            assertEquals(List.of("id", "username", "email"), columns(c, "sys_user"));
            assertEquals(List.of("ix_users_email", "ix_users_is_active", "ix_users_username"), indexes(c, "users"));
            assertEquals(List.of("users.id ON DELETE CASCADE"), foreignKeys(c, "api_keys"));
        }
        assertEquals("", p.ok("upgrade", "head"), "nothing to do, nothing printed when piped");

        assertEquals("Running downgrade 20260117_1330 -> 20260117_1300, add user email field\n", p.ok("downgrade", "-1"));
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1300"), versions(c));
            assertEquals(List.of("id", "username"), columns(c, "sys_user"));
        }

        assertEquals(7, p.ok("downgrade", "base").lines().count());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), versions(c));
            assertEquals(List.of("migrate_version", "migrate_version_history"), tables(c));
        }
    }

    @DatabaseTest
    void jsonSummarisesTheRun(TestDatabase db) {
        TestProject p = TestProject.quickstart(dir.resolve("json"), db.jdbcUrl());
        p.replaceInConfig("revision_id: timestamp", "revision_id: timestamp\nversion_table: json_version");
        String json = p.ok("upgrade", "20260117_0930", "--json");
        assertTrue(json.contains("\"direction\" : \"upgrade\"") || json.contains("\"direction\":\"upgrade\""), json);
        assertTrue(json.contains("\"revision\" : \"20260117_0930\"") || json.contains("\"revision\":\"20260117_0930\""), json);
        assertTrue(json.contains("\"heads\""), json);
        p.ok("downgrade", "base");
    }

    private static List<String> fullNames(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT username, full_name FROM users ORDER BY username")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
