package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The version table's insert, update and delete transitions at branch and merge points, written by
 * the real {@code stamp} command and read back with plain SQL, on every database.
 */
class VersionTableTransitionsTest {

    @TempDir
    Path dir;

    /**
     * a - b - c1 - m
     *      \- c2 -/      and n1 - n2 on a second base, n2 depending on c1.
     */
    private TestProject project(TestDatabase db) {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.script("1_a.java", "aaaa0001", "", "");
        p.script("2_b.java", "bbbb0002", "\"aaaa0001\"", "");
        p.script("3_c1.java", "cccc0003", "\"bbbb0002\"", "");
        p.script("4_c2.java", "dddd0004", "\"bbbb0002\"", "");
        p.script("5_m.java", "eeee0005", "\"cccc0003\", \"dddd0004\"", "");
        p.script("6_n1.java", "ffff0006", "", "branchLabels = \"net\"");
        p.script("7_n2.java", "gggg0007", "\"ffff0006\"", "dependsOn = \"cccc0003\"");
        return p;
    }

    @DatabaseTest
    void stampWalksBranchesAndMerges(TestDatabase db) throws SQLException {
        TestProject p = project(db);
        assertEquals("", p.ok("current"));
        assertFalse(tableExists(db), "current must not create the version table");

        p.ok("stamp", "bbbb0002");
        assertEquals(List.of("bbbb0002"), rows(db));
        p.ok("stamp", "cccc0003", "dddd0004");
        assertEquals(List.of("cccc0003", "dddd0004"), rows(db));
        p.ok("stamp", "eeee0005");
        assertEquals(List.of("eeee0005"), rows(db));
        p.ok("stamp", "net@head");
        assertEquals(List.of("eeee0005", "gggg0007"), rows(db));
        // current shows every row; the merge is also the graph's head.
        assertEquals(List.of("eeee0005 (head) (mergepoint)", "gggg0007 (head)"), p.ok("current").lines().sorted().toList());
        p.ok("stamp", "dddd0004");
        assertEquals(List.of("dddd0004", "gggg0007"), rows(db));
        p.ok("stamp", "base");
        assertEquals(List.of(), rows(db));
        assertTrue(tableExists(db));
    }

    @DatabaseTest
    void purgeRecoversFromARowNoScriptKnows(TestDatabase db) throws SQLException {
        TestProject p = project(db);
        p.ok("stamp", "aaaa0001");
        execute(db, "UPDATE migrate_version SET version_num = 'zzzz9999'");
        CliRun unknown = p.run("current");
        assertEquals(ExitCodes.REVISION, unknown.exitCode());
        assertTrue(unknown.err().contains("zzzz9999"), unknown.err());
        assertEquals(List.of("zzzz9999"), rows(db));
        p.ok("stamp", "--purge", "heads");
        assertEquals(List.of("eeee0005", "gggg0007"), rows(db));
    }

    @DatabaseTest
    void dryRunPlansFromTheDatabaseRows(TestDatabase db) {
        TestProject p = project(db);
        p.ok("stamp", "cccc0003");
        String plan = p.ok("upgrade", "heads", "--dry-run");
        // Alembic's order: the sort runs from the heads in load order and is then reversed.
        assertEquals(List.of("Dry run: 4 step(s) would run; nothing was changed.",
                "Running upgrade <base> -> ffff0006, ffff0006 message",
                "Running upgrade ffff0006 -> gggg0007, gggg0007 message",
                "Running upgrade bbbb0002 -> dddd0004, dddd0004 message",
                "Running upgrade cccc0003, dddd0004 -> eeee0005, eeee0005 message",
                "Version table afterwards: eeee0005, gggg0007"), plan.lines().toList());
    }

    private static List<String> rows(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM migrate_version ORDER BY version_num")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static boolean tableExists(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "migrate_version", null)) {
            return rs.next();
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
