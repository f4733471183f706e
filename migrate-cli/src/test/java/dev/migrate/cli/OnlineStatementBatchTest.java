package dev.migrate.cli;

import static dev.migrate.cli.OnlineFailureTest.script;
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
 * Where the dialect sends a step's statements, version-table change and the previous step's history
 * row as one JDBC batch (PostgreSQL), a failure still names the statement that failed and leaves
 * what a statement-by-statement run leaves; SQLite, which runs them one by one, says the same.
 * Each test has its own version table and tables: the database is shared by the class.
 */
class OnlineStatementBatchTest {

    @TempDir
    Path dir;

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE})
    void withOneTransactionALaterStepsFailureNamesItsStatementAndLeavesNothing(TestDatabase db) throws SQLException {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "transaction_per_migration: false\nversion_table: one_version\nrevision_id:");
        p.write("migrations/versions/1_a.java", script("aaaa0001", "", "CREATE TABLE one_a (id INTEGER)", "DROP TABLE one_a"));
        p.write("migrations/versions/2_b.java", script("bbbb0002", "\"aaaa0001\"", "CREATE TABLE one_b (id INTEGER)",
                "DROP TABLE one_b"));
        p.write("migrations/versions/3_c.java", script("cccc0003", "\"bbbb0002\"",
                "CREATE TABLE one_c (id INTEGER)\");\n        op.execute(\"INSERT INTO no_such_table VALUES (1)", "DROP TABLE one_c"));
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: Upgrade bbbb0002 -> cccc0003, cccc0003 message failed at "
                + "statement 2 of 3 [INSERT INTO no_such_table VALUES (1)]: "), run.err());
        assertTrue(run.err().contains("Its transaction was rolled back; the version table is still at base."), run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("one_")).toList());
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE})
    void aVersionTableChangedUnderTheStepFailsItsVersionStatement(TestDatabase db) throws SQLException {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "version_table: moved_version\nrevision_id:");
        p.write("migrations/versions/1_a.java", script("aaaa0001", "", "CREATE TABLE moved_a (id INTEGER)",
                "DROP TABLE moved_a"));
        p.write("migrations/versions/2_b.java", script("bbbb0002", "\"aaaa0001\"",
                "CREATE TABLE moved_b (id INTEGER)\");\n        op.execute(\"DELETE FROM moved_version", "DROP TABLE moved_b"));
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertEquals("migrate: error: Upgrade aaaa0001 -> bbbb0002, bbbb0002 message failed at statement 3 of 3 "
                + "[UPDATE moved_version SET version_num = 'bbbb0002' WHERE version_num = 'aaaa0001']: expected one "
                + "version-table row to change, found 0; another process changed the version table (check 'migrate "
                + "current', fix with 'migrate stamp'). Its transaction was rolled back; the version table is still at "
                + "aaaa0001. Fix the script and run again.\n", run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of("moved_a", "moved_version", "moved_version_history"),
                    OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("moved_")).toList());
        }
        assertEquals(List.of("aaaa0001 upgrade 1"),
                OnlineHistoryTest.rows(db, "moved_version_history").stream().map(OnlineHistoryTest.Row::summary).toList());
    }
}
