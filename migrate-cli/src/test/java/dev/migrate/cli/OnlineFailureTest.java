package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement failing in the middle of a migration: rolled back without a trace where DDL is
 * transactional; on MariaDB reported, recorded, and refused by the next run until {@code stamp}.
 */
class OnlineFailureTest {

    private static final String FAILED = "Upgrade aaaa0001 -> bbbb0002, bbbb0002 message failed at statement 2 of 3 "
            + "[INSERT INTO no_such_table VALUES (1)]: ";

    @TempDir
    Path dir;

    private TestProject project(TestDatabase db) {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.write("migrations/versions/1_a.java", script("aaaa0001", "", "CREATE TABLE t_a (id INTEGER)", "DROP TABLE t_a"));
        p.write("migrations/versions/2_b.java", script("bbbb0002", "\"aaaa0001\"",
                "CREATE TABLE t_b (id INTEGER)\");\n        op.execute(\"INSERT INTO no_such_table VALUES (1)", "DROP TABLE t_b"));
        return p;
    }

    static String script(String id, String revises, String up, String down) {
        return "import dev.migrate.api.*;\n\n@Revision(id = \"" + id + "\", revises = {" + revises + "}, message = \"" + id
                + " message\")\nclass R" + id + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n        op.execute(\"" + up + "\");\n    }\n"
                + "    public void downgrade(Operations op) {\n        op.execute(\"" + down + "\");\n    }\n}\n";
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE})
    void aFailingStatementLeavesNoTraceOfItsStep(TestDatabase db) throws SQLException {
        TestProject p = project(db);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertEquals("Running upgrade  -> aaaa0001, aaaa0001 message\n", run.out());
        assertTrue(run.err().startsWith("migrate: error: " + FAILED), run.err());
        assertTrue(run.err().contains("Its transaction was rolled back; the version table is still at aaaa0001. "
                + "Fix the script and run again."), run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_history", "t_a"), OfflineQuickstartTest.tables(c));
            assertEquals(List.of("aaaa0001"), OfflineQuickstartTest.versions(c));
        }
        // Nothing is recorded: the next run tries again and fails the same way.
        CliRun again = p.run("upgrade", "head");
        assertTrue(again.err().startsWith("migrate: error: " + FAILED), again.err());
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void theDatabasesErrorAndTheOutcomeReadAsSentences(TestDatabase db) throws SQLException {
        dropAll(db);
        TestProject p = TestProject.init(dir.resolve("sentences"), db.jdbcUrl());
        p.write("migrations/versions/1_a.java", script("aaaa0001", "", "CREATE TABLE t_a (id INTEGER NOT NULL)\");\n"
                + "        op.execute(\"INSERT INTO t_a VALUES (NULL)", "DROP TABLE t_a"));
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        // PostgreSQL's detail line ends with its own period: "Failing row contains (null)."
        assertTrue(run.err().contains("Failing row contains (null). Its transaction was rolled back; the version table is "
                + "still at base."), run.err());
        dropAll(db);
    }

    /** This class's tests share one database: start and leave it empty. */
    private static void dropAll(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS migrate_version, migrate_version_history, t_a, t_b");
        }
    }

    @DatabaseTest(DatabaseKind.MYSQL)
    void aHalfAppliedStepIsRecordedAndRefusedUntilStamped(TestDatabase db) throws SQLException {
        TestProject p = project(db);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: " + FAILED), run.err());
        assertTrue(run.err().contains("The mysql database commits DDL at once, so this step may be half applied while "
                + "the version table still says aaaa0001. Fix the script and the database, then run 'migrate stamp bbbb0002' "
                + "if the step's changes are all in place, or 'migrate stamp aaaa0001' to retry the step with the next run."),
                run.err());
        assertEquals(1, run.err().lines().count());
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_failure", "migrate_version_history", "t_a", "t_b"),
                    OfflineQuickstartTest.tables(c));
            assertEquals(List.of("aaaa0001"), OfflineQuickstartTest.versions(c));
        }
        assertEquals(List.of("aaaa0001 upgrade 1", "bbbb0002 upgrade 0"),
                OnlineHistoryTest.rows(db).stream().map(OnlineHistoryTest.Row::summary).toList());

        CliRun refused = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, refused.exitCode());
        assertTrue(refused.err().startsWith("migrate: error: A previous run failed and was recorded in "
                + "migrate_version_failure; refusing to run until it is resolved: " + FAILED), refused.err());
        assertTrue(p.run("downgrade", "base").err().contains("A previous run failed"));

        // The DBA completes the step by hand and stamps it.
        p.ok("stamp", "bbbb0002");
        assertEquals("", p.ok("upgrade", "head"));
        assertEquals(2, p.ok("downgrade", "base").lines().count());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), OfflineQuickstartTest.versions(c));
        }
    }
}
