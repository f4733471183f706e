package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.engine.execution.AppliedStep;
import dev.migrate.engine.execution.RunResult;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runners started at once apply every step exactly once (each step logs itself in a table); a
 * runner that cannot get the lock in time fails with exit code 6.
 */
class ConcurrentRunsTest {

    private static final int RUNNERS = 4;
    private static final int STEPS = 6;

    @TempDir
    Path dir;

    private TestProject project(TestDatabase db, String name) {
        TestProject p = TestProject.init(dir.resolve(name), db.jdbcUrl());
        p.write("migrations/versions/r1.java", OnlineFailureTest.script("r1", "",
                "CREATE TABLE run_log (rev VARCHAR(20))", "DROP TABLE run_log"));
        for (int i = 2; i <= STEPS; i++) {
            p.write("migrations/versions/r" + i + ".java", OnlineFailureTest.script("r" + i, "\"r" + (i - 1) + "\"",
                    "INSERT INTO run_log (rev) VALUES ('r" + i + "')", "DELETE FROM run_log WHERE rev = 'r" + i + "'"));
        }
        return p;
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE, DatabaseKind.MYSQL})
    void runnersStartedAtOnceApplyEachStepOnce(TestDatabase db) throws Exception {
        TestProject p = project(db, "concurrent");
        p.ok("upgrade", "head", "--sql"); // compiles the scripts once, so the runners race on the database only
        for (int round = 0; round < 3; round++) {
            List<RunResult> results = race(p);
            List<String> applied = new ArrayList<>();
            results.forEach(r -> r.applied().stream().map(AppliedStep::revision).forEach(applied::add));
            assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6"), applied.stream().sorted().toList(), "round " + round);
            results.forEach(r -> assertEquals(List.of("r6"), r.resultingHeads()));
            assertEquals(List.of("r2", "r3", "r4", "r5", "r6"), log(db));
            assertEquals(STEPS, p.ok("downgrade", "base").lines().count());
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.SQLITE, DatabaseKind.MYSQL})
    void aRunnerGivesUpWhenTheLockIsHeldTooLong(TestDatabase db) throws Exception {
        TestProject p = project(db, "timeout");
        p.replaceInConfig("url: " + db.jdbcUrl(), "lock_timeout: 1\nurl: " + db.jdbcUrl());
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            switch (db.kind()) {
                case POSTGRES -> s.execute("SELECT pg_advisory_lock(" + postgresKey("migrate_version") + ")");
                case MYSQL -> s.execute("SELECT GET_LOCK(CONCAT('migrate:', SHA1(CONCAT(DATABASE(), '.migrate_version'))), 0)");
                case SQLITE -> {
                    holder.setAutoCommit(false);
                    s.execute("CREATE TABLE held (id INTEGER)");
                }
            }
            long started = System.nanoTime();
            CliRun run = p.run("upgrade", "head");
            assertEquals(ExitCodes.LOCK, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("migrate: error: Another migrate run holds the lock on "), run.err());
            assertTrue(run.err().contains("gave up after 1 s. Wait for it to finish and run again, or raise 'lock_timeout' "
                    + "in migrate.yaml."), run.err());
            assertTrue(System.nanoTime() - started < 20_000_000_000L);
            assertEquals(ExitCodes.LOCK, p.run("stamp", "head").exitCode());
        }
        assertEquals(STEPS, p.ok("upgrade", "head").lines().count());
        p.ok("downgrade", "base");
    }

    /**
     * PostgreSQL sends several steps, each with its commit, in one round trip, so a killed run's
     * server session may still be running steps: every run's migration connection takes the lock
     * under a name of its own, and the next run waits while that session holds it (simulated here
     * by a connection holding that lock), and changes nothing when it gives up.
     */
    @DatabaseTest(DatabaseKind.POSTGRES)
    void aRunWaitsWhileAKilledRunsSessionStillHoldsItsStepsLock(TestDatabase db) throws Exception {
        TestProject p = project(db, "orphan");
        p.replaceInConfig("url: " + db.jdbcUrl(), "lock_timeout: 1\nurl: " + db.jdbcUrl());
        try (Connection orphan = db.connect(); Statement s = orphan.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + postgresKey("migrate_version (steps)") + ")");
            for (String[] command : new String[][] {{"upgrade", "head"}, {"downgrade", "base"}, {"stamp", "head"}}) {
                CliRun run = p.run(command);
                assertEquals(ExitCodes.LOCK, run.exitCode(), run.err());
                assertTrue(run.err().startsWith("migrate: error: Another migrate run holds the lock on "), run.err());
            }
            try (Connection c = db.connect()) {
                assertTrue(!OfflineQuickstartTest.tables(c).contains("run_log"));
            }
        }
        assertEquals(STEPS, p.ok("upgrade", "head").lines().count());
        p.ok("downgrade", "base");
    }

    private static List<RunResult> race(TestProject p) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RUNNERS);
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                futures.add(pool.submit(() -> {
                    var migrator = p.migrator();
                    migrator.graph();
                    start.await();
                    return migrator.upgrade("head");
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> log(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rev FROM run_log ORDER BY rev")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** PostgresRunLock's key: a fixed prefix in the high half, the CRC-32 of the version table's name in the low. */
    private static long postgresKey(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (0x6d696772L << 32) | crc.getValue();
    }
}
