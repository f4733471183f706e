package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history table the quickstart's online runs write, and {@code check}: checksums of the
 * rendered operations catch an applied script whose operations changed, not one reformatted.
 */
class OnlineHistoryTest {

    private static final String AVATAR = "migrations/versions/20260117_1100_add_avatar_to_users.java";
    private static final String CHANGED = "Revision 20260117_1100 changed since it was applied (checksum ";

    @TempDir
    Path dir;

    @DatabaseTest
    void upgradeAndDowngradeWriteOneRowPerStep(TestDatabase db) throws SQLException {
        TestProject p = project(db, "history");
        p.ok("upgrade", "head");
        p.ok("downgrade", "-1");
        List<Row> rows = rows(db, "history_version_history");
        assertEquals(9, rows.size(), rows::toString);
        assertEquals(List.of("20260117_0930 upgrade 1", "20260117_1000 upgrade 1", "20260117_1100 upgrade 1",
                "20260117_1130 upgrade 1", "20260117_1145 upgrade 1", "20260117_1200 upgrade 1", "20260117_1300 upgrade 1",
                "20260117_1330 upgrade 1", "20260117_1330 downgrade 1"), rows.stream().map(Row::summary).toList());
        for (Row row : rows) {
            assertTrue(row.checksum.matches("[0-9a-f]{64}"), row.checksum);
            assertTrue(row.durationMillis >= 0 && !row.appliedBy.isBlank() && row.appliedAt != null, row::toString);
        }
        assertEquals("No drift: 7 applied revision(s) match the scripts.\n", p.ok("check"));

        p.ok("stamp", "20260117_1300");
        assertEquals(9, rows(db, "history_version_history").size(), "stamp writes no history");
        assertEquals("No drift: 7 applied revision(s) match the scripts.\n", p.ok("check"));
        p.ok("downgrade", "base");
    }

    @DatabaseTest
    void changedOperationsOfAnAppliedScriptFailCheckAndUpgrade(TestDatabase db) throws IOException {
        TestProject p = project(db, "changed");
        p.ok("upgrade", "20260117_1145");
        edit(p, "varchar(500)", "varchar(600)");

        CliRun check = p.run("check");
        assertEquals(ExitCodes.CHECK_FAILED, check.exitCode(), check.err());
        assertEquals(1, check.out().lines().count(), check.out());
        assertTrue(check.out().startsWith(CHANGED), check.out());

        CliRun upgrade = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, upgrade.exitCode(), upgrade.err());
        assertEquals(1, upgrade.err().lines().count(), upgrade.err());
        assertTrue(upgrade.err().startsWith("migrate: error: Refusing to upgrade: " + CHANGED), upgrade.err());
        assertTrue(upgrade.err().contains("pass --ignore-drift"), upgrade.err());

        assertEquals(3, p.ok("upgrade", "head", "--ignore-drift").lines().count());
        assertEquals(ExitCodes.CHECK_FAILED, p.run("check").exitCode(), "the changed revision stays reported");
        p.ok("downgrade", "base");
    }

    @DatabaseTest
    void reformattingAnAppliedScriptIsNoDrift(TestDatabase db) throws IOException {
        TestProject p = project(db, "reformatted");
        p.ok("upgrade", "20260117_1145");
        edit(p, "op.addColumn(\"users\", column(\"avatar_url\", varchar(500)));",
                "// The avatar's address.\n        op.addColumn(\n            \"users\",\n"
                        + "            column(\"avatar_url\",   varchar(500)) /* at most 500 */ );\n");
        edit(p, "class AddAvatarToUsers", "class AvatarColumn");
        assertEquals("No drift: 5 applied revision(s) match the scripts.\n", p.ok("check"));
        assertEquals(3, p.ok("upgrade", "head").lines().count());
        p.ok("downgrade", "base");
    }

    @DatabaseTest
    void rewritingAnAppliedJavaScriptInYamlIsNoDrift(TestDatabase db) throws IOException {
        TestProject p = project(db, "yaml");
        p.ok("upgrade", "20260117_1145");
        Files.delete(p.dir.resolve(AVATAR));
        p.write(AVATAR.replace(".java", ".yaml"), """
                revision: "20260117_1100"
                revises: "20260117_1000"
                message: "Add avatar column to users"
                upgrade:
                  - add_column: {table: users, column: {name: avatar_url, type: "varchar(500)"}}
                downgrade:
                  - drop_column: {table: users, column: avatar_url}
                """);
        assertEquals("No drift: 5 applied revision(s) match the scripts.\n", p.ok("check"));
        p.ok("downgrade", "base");
    }

    @DatabaseTest
    void aDatabaseRevisionTheScriptsLackIsReported(TestDatabase db) throws SQLException {
        TestProject p = project(db, "unknown");
        p.ok("upgrade", "20260117_0930");
        try (Connection c = db.connect()) {
            OfflineQuickstartTest.execute(c, "INSERT INTO unknown_version (version_num) VALUES ('zzzz0000')");
        }
        CliRun check = p.run("check");
        assertEquals(ExitCodes.CHECK_FAILED, check.exitCode(), check.err());
        assertEquals("Revision zzzz0000 is in unknown_version but not in the scripts: restore its script, "
                + "or run 'migrate stamp' with a revision the scripts have.\n", check.out());
        CliRun upgrade = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, upgrade.exitCode(), upgrade.err());
        assertTrue(upgrade.err().startsWith("migrate: error: Refusing to upgrade: Revision zzzz0000 is in unknown_version"),
                upgrade.err());
        try (Connection c = db.connect()) {
            OfflineQuickstartTest.execute(c, "DELETE FROM unknown_version WHERE version_num = 'zzzz0000'");
        }
        p.ok("downgrade", "base");
    }

    /**
     * The quickstart with a version table of its own, since the database is shared by the class's
     * tests, and without its target model: these tests are about drift, and the shared database
     * holds the other tests' tables too.
     */
    private TestProject project(TestDatabase db, String name) {
        TestProject p = TestProject.quickstart(dir.resolve(name), db.jdbcUrl());
        p.replaceInConfig("revision_id: timestamp", "revision_id: timestamp\nversion_table: " + name + "_version");
        p.replaceInConfig("target_model: migrations/Model.java", "");
        return p;
    }

    private static void edit(TestProject p, String from, String to) throws IOException {
        Path file = p.dir.resolve(AVATAR);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    /** One history row. */
    record Row(String revision, String direction, String checksum, long durationMillis, Object appliedAt,
            String appliedBy, int success) {

        String summary() {
            return revision + " " + direction + " " + success;
        }
    }

    static List<Row> rows(TestDatabase db) throws SQLException {
        return rows(db, "migrate_version_history");
    }

    static List<Row> rows(TestDatabase db, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT revision, direction, checksum, duration_ms, applied_at, applied_by, success "
                        + "FROM " + table + " ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5),
                        rs.getString(6), rs.getInt(7)));
            }
        }
        return rows;
    }
}
