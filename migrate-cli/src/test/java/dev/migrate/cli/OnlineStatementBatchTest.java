package dev.migrate.cli;

import static dev.migrate.cli.OnlineFailureTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.MigrateException;
import dev.migrate.engine.execution.AppliedStep;
import dev.migrate.engine.execution.RunListener;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the dialect sends a step's statements, version-table change and history row as one JDBC
 * batch (PostgreSQL), a failure still names the statement that failed and leaves what a
 * statement-by-statement run leaves; SQLite, which runs them one by one, says the same. With a
 * transaction per migration, PostgreSQL sends a step's batch with the previous step's
 * {@code COMMIT} in front: the steps before a failing one stay committed, as when each goes alone,
 * and a failing {@code COMMIT} is its own step's failure. Each test has its own version table and
 * tables: the database is shared by the class.
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

    /**
     * A chain of {@code n} revisions with one transaction for the run, each creating table
     * {@code prefix_i}; revision {@code failing} also inserts into a missing table.
     */
    private TestProject chain(TestDatabase db, String prefix, int n, int failing) {
        return chain(db, prefix, n, failing, false);
    }

    private TestProject chain(TestDatabase db, String prefix, int n, int failing, boolean transactionPerMigration) {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "transaction_per_migration: " + transactionPerMigration + "\nversion_table: "
                + prefix + "_version\nrevision_id:");
        for (int i = 1; i <= n; i++) {
            String up = "CREATE TABLE " + prefix + "_" + i + " (id INTEGER)"
                    + (i == failing ? "\");\n        op.execute(\"INSERT INTO no_such_table VALUES (1)" : "");
            p.write("migrations/versions/" + i + ".java", script(id(i), i == 1 ? "" : "\"" + id(i - 1) + "\"", up,
                    "DROP TABLE " + prefix + "_" + i));
        }
        return p;
    }

    private static String id(int i) {
        return String.format("%08x", 0xa0000000 + i);
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void withOneTransactionConsecutiveStepsRecordEveryStepInOrder(TestDatabase db) throws SQLException {
        TestProject p = chain(db, "many", 40, 0);
        p.ok("upgrade", "head");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add(id(i) + " upgrade 1");
        }
        assertEquals(expected, OnlineHistoryTest.rows(db, "many_version_history").stream().map(OnlineHistoryTest.Row::summary)
                .toList());
        assertEquals("No drift: 40 applied revision(s) match the scripts.\n", p.ok("check"));
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void withOneTransactionAFailureAmongConsecutiveStepsNamesItsStepAndStatement(TestDatabase db) throws SQLException {
        TestProject p = chain(db, "late", 40, 33);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: Upgrade " + id(32) + " -> " + id(33) + ", " + id(33)
                + " message failed at statement 2 of 3 [INSERT INTO no_such_table VALUES (1)]: "), run.err());
        assertTrue(run.err().contains("Its transaction was rolled back; the version table is still at base."), run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("late_")).toList());
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE})
    void withATransactionPerMigrationEveryStepIsRecordedInOrderWithItsDuration(TestDatabase db) throws SQLException {
        TestProject p = chain(db, "each", 60, 0, true);
        p.ok("upgrade", "head");
        List<OnlineHistoryTest.Row> rows = OnlineHistoryTest.rows(db, "each_version_history");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            expected.add(id(i) + " upgrade 1");
        }
        assertEquals(expected, rows.stream().map(OnlineHistoryTest.Row::summary).toList());
        for (OnlineHistoryTest.Row row : rows) {
            assertTrue(row.durationMillis() >= 0 && row.durationMillis() < 60_000, row::toString);
        }
        try (Connection c = db.connect()) {
            assertEquals(List.of(id(60)), versions(c, "each_version"));
        }
        assertEquals("No drift: 60 applied revision(s) match the scripts.\n", p.ok("check"));
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE})
    void withATransactionPerMigrationAFailureAmongConsecutiveStepsKeepsTheStepsBeforeIt(TestDatabase db)
            throws SQLException {
        TestProject p = chain(db, "per", 40, 33, true);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: Upgrade " + id(32) + " -> " + id(33) + ", " + id(33)
                + " message failed at statement 2 of 3 [INSERT INTO no_such_table VALUES (1)]: "), run.err());
        assertTrue(run.err().contains("Its transaction was rolled back; the version table is still at " + id(32) + "."),
                run.err());
        List<String> before = new java.util.ArrayList<>();
        List<String> history = new java.util.ArrayList<>();
        for (int i = 1; i <= 32; i++) {
            before.add("per_" + i);
            history.add(id(i) + " upgrade 1");
        }
        try (Connection c = db.connect()) {
            List<String> tables = OfflineQuickstartTest.tables(c).stream()
                    .filter(t -> t.matches("per_[0-9]+")).sorted(java.util.Comparator.comparingInt(
                            t -> Integer.parseInt(t.substring(4)))).toList();
            assertEquals(before, tables);
            assertEquals(List.of(id(32)), versions(c, "per_version"));
        }
        assertEquals(history, OnlineHistoryTest.rows(db, "per_version_history").stream()
                .map(OnlineHistoryTest.Row::summary).toList());
        // Fixed, the next run applies the rest.
        p.write("migrations/versions/33.java", script(id(33), "\"" + id(32) + "\"", "CREATE TABLE per_33 (id INTEGER)",
                "DROP TABLE per_33"));
        p.ok("upgrade", "head");
        try (Connection c = db.connect()) {
            assertEquals(List.of(id(40)), versions(c, "per_version"));
        }
        assertEquals(40, OnlineHistoryTest.rows(db, "per_version_history").size());
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void withATransactionPerMigrationAStepFailingAtItsCommitIsTheOneReported(TestDatabase db) throws SQLException {
        TestProject p = TestProject.init(dir.resolve("commit"), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "version_table: deferred_version\nrevision_id:");
        p.write("migrations/versions/1.java", script(id(1), "", "CREATE TABLE deferred_parent (id INTEGER PRIMARY KEY)\");\n"
                + "        op.execute(\"CREATE TABLE deferred_child (parent INTEGER REFERENCES deferred_parent (id) DEFERRABLE "
                + "INITIALLY DEFERRED)", "DROP TABLE deferred_child\");\n        op.execute(\"DROP TABLE deferred_parent"));
        p.write("migrations/versions/2.java", script(id(2), "\"" + id(1) + "\"", "INSERT INTO deferred_child VALUES (7)",
                "DELETE FROM deferred_child"));
        p.write("migrations/versions/3.java", script(id(3), "\"" + id(2) + "\"", "CREATE TABLE deferred_after (id INTEGER)",
                "DROP TABLE deferred_after"));
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: Upgrade " + id(1) + " -> " + id(2) + ", " + id(2)
                + " message failed at statement 2 of 2 [COMMIT]: "), run.err());
        assertTrue(run.err().contains("deferred_child"), run.err());
        assertTrue(run.err().contains("the version table is still at " + id(1) + "."), run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of(id(1)), versions(c, "deferred_version"));
            assertEquals(List.of("deferred_child", "deferred_parent", "deferred_version", "deferred_version_history"),
                    OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("deferred_")).toList());
        }
        assertEquals(List.of(id(1) + " upgrade 1"), OnlineHistoryTest.rows(db, "deferred_version_history").stream()
                .map(OnlineHistoryTest.Row::summary).toList());
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void withATransactionPerMigrationRenderedStepsGoSeveralPerRoundTripEachCommittedInOrder(TestDatabase db)
            throws SQLException {
        TestProject p = chain(db, "grouped", 30, 0, true);
        p.ok("upgrade", "head", "--sql"); // compiles the scripts, so rendering keeps ahead of the run
        Events events = new Events();
        assertEquals(30, p.migrator().upgrade("head", events).applied().size());
        assertTrue(java.util.stream.IntStream.range(1, 30).filter(events::together).count() >= 10, events.events::toString);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            expected.add(id(i) + " upgrade 1");
        }
        assertEquals(expected, OnlineHistoryTest.rows(db, "grouped_version_history").stream()
                .map(OnlineHistoryTest.Row::summary).toList());
        try (Connection c = db.connect()) {
            assertEquals(List.of(id(30)), versions(c, "grouped_version"));
            assertEquals(30, OfflineQuickstartTest.tables(c).stream().filter(t -> t.matches("grouped_[0-9]+")).count());
        }
        assertEquals("No drift: 30 applied revision(s) match the scripts.\n", p.ok("check"));
    }

    /**
     * A step that commits inside a batch of several cannot have its row counts checked by the
     * client before its {@code COMMIT}: its history row checks the version table instead, and the
     * step rolls back, the steps before it stay committed and the ones sent after it do not run.
     */
    @DatabaseTest(DatabaseKind.POSTGRES)
    void aStepCommittedInsideABatchChecksTheVersionTableBeforeItsCommit(TestDatabase db) throws SQLException {
        TestProject p = TestProject.init(dir.resolve("guard"), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "version_table: guard_version\nrevision_id:");
        for (int i = 1; i <= 6; i++) {
            String up = "CREATE TABLE guard_" + i + " (id INTEGER)"
                    + (i == 4 ? "\");\n        op.execute(\"UPDATE guard_version SET version_num = 'ffffffff'" : "");
            p.write("migrations/versions/" + i + ".java", script(id(i), i == 1 ? "" : "\"" + id(i - 1) + "\"", up,
                    "DROP TABLE guard_" + i));
        }
        p.ok("upgrade", "head", "--sql");
        Events events = new Events();
        MigrateException e = assertThrows(MigrateException.class, () -> p.migrator().upgrade("head", events));
        assertTrue(events.together(3), events.events::toString);
        String failed = "Upgrade " + id(3) + " -> " + id(4) + ", " + id(4) + " message failed at statement 3 of 3 [UPDATE "
                + "guard_version SET version_num = '" + id(4) + "' WHERE version_num = '" + id(3) + "']: ";
        String after = "another process changed the version table (check 'migrate current', fix with 'migrate stamp'). "
                + "Its transaction was rolled back; the version table is still at " + id(3) + ". Fix the script and run again.";
        if (events.events.contains("start 4")) {
            // Sent with the step after it: its history row found the version table changed.
            assertEquals(failed + "the version table holds [ffffffff], not what the step left in it; " + after,
                    e.getMessage());
        } else {
            // The last step of its batch (the ones after it were not rendered yet): the client checks its row count.
            assertEquals(failed + "expected one version-table row to change, found 0; " + after, e.getMessage());
        }
        try (Connection c = db.connect()) {
            assertEquals(List.of(id(3)), versions(c, "guard_version"));
            assertEquals(List.of("guard_1", "guard_2", "guard_3", "guard_version", "guard_version_history"),
                    OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("guard_")).toList());
        }
        assertEquals(List.of(id(1) + " upgrade 1", id(2) + " upgrade 1", id(3) + " upgrade 1"),
                OnlineHistoryTest.rows(db, "guard_version_history").stream().map(OnlineHistoryTest.Row::summary).toList());
    }

    /**
     * Records the steps' starts and ends in order; at the first step's start, waits a moment, so
     * that the steps after it are rendered when the next batch forms.
     */
    private static final class Events implements RunListener {

        final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void stepStarting(RenderedStep step, int index, int total) {
            events.add("start " + index);
            if (index == 0) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void stepApplied(AppliedStep step, int index, int total) {
            events.add("applied " + index);
        }

        /** Whether step {@code index} (from 0) went in one batch with the step before it: it started before that one ended. */
        boolean together(int index) {
            int started = events.indexOf("start " + index);
            return started >= 0 && started < events.indexOf("applied " + (index - 1));
        }
    }

    private static List<String> versions(Connection c, String table) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT version_num FROM " + table)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
