package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate operating-system processes of the packaged CLI against one database: eight starting
 * {@code upgrade head} at once, and one killed with SIGKILL in the middle of an upgrade (the server
 * ends the orphaned session's statement soon after, committing nothing of that step nor of the
 * steps sent with it, and the next run, which waits for that session to end, completes).
 */
class ProcessRacesIT {

    @TempDir
    Path dir;

    private static Path jar() {
        return Path.of(System.getProperty("migrate.cli.jar", "target/migrate.jar"));
    }

    private Process start(Path config, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dmigrate.cache.dir=" + dir.resolve("cache"), "-jar", jar().toString(),
                "-c", config.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @DatabaseTest
    void eightProcessesApplyEveryStepExactlyOnce(TestDatabase db) throws Exception {
        TestProject p = TestProject.quickstart(dir.resolve("q"), db.jdbcUrl());
        p.ok("upgrade", "head", "--sql");   // compiles the scripts once, into the shared class cache
        for (int round = 0; round < 2; round++) {
            if (round > 0) {
                assertEquals(0, start(p.config, "downgrade", "base").waitFor());
            }
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                processes.add(start(p.config, "upgrade", "head"));
            }
            int applied = 0;
            for (Process process : processes) {
                assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a runner hung");
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), output);
                applied += (int) output.lines().filter(l -> l.startsWith("Running upgrade")).count();
            }
            assertEquals(8, applied, "each of the 8 steps applied by exactly one runner");
            try (Connection c = db.connect()) {
                assertEquals(List.of("20260117_1330"), OfflineQuickstartTest.versions(c));
                assertEquals(8, count(c, "SELECT COUNT(DISTINCT revision) FROM migrate_version_history "
                        + "WHERE direction = 'upgrade' AND success = 1"));
                assertEquals(8 * (round + 1), count(c, "SELECT COUNT(*) FROM migrate_version_history WHERE direction = 'upgrade'"),
                        "no step recorded twice");
            }
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void aKilledUpgradeLeavesADatabaseTheNextRunCompletes(TestDatabase db) throws Exception {
        // The class's database may hold another test's project: start from an empty schema.
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        TestProject p = TestProject.quickstart(dir.resolve("k"), db.jdbcUrl());
        // A slow step in the middle of the chain: the process is killed while it runs.
        Path slow = p.dir.resolve("migrations/versions/20260117_1150_slow_step.java");
        Files.writeString(slow, """
                import dev.migrate.api.*;

                @Revision(id = "20260117_1150", revises = "20260117_1145", message = "A slow step")
                class SlowStep implements Migration {
                    public void upgrade(Operations op) {
                        op.execute("CREATE TABLE slow_marker (id INTEGER)");
                        op.execute("SELECT pg_sleep(20)");
                    }
                    public void downgrade(Operations op) {
                        op.execute("DROP TABLE slow_marker");
                    }
                }
                """);
        // A plain step after it, which a batch of several steps sends with the slow one.
        Files.writeString(p.dir.resolve("migrations/versions/20260117_1155_after_slow.java"), """
                import dev.migrate.api.*;

                @Revision(id = "20260117_1155", revises = "20260117_1150", message = "After the slow step")
                class AfterSlow implements Migration {
                    public void upgrade(Operations op) {
                        op.execute("CREATE TABLE after_slow (id INTEGER)");
                    }
                    public void downgrade(Operations op) {
                        op.execute("DROP TABLE after_slow");
                    }
                }
                """);
        Path data = p.dir.resolve("migrations/versions/20260117_1200_migrate_user_data.java");
        Files.writeString(data, Files.readString(data).replace("revises = \"20260117_1145\"", "revises = \"20260117_1155\""));
        p.ok("upgrade", "head", "--sql");   // compile now, so the killed run is inside the slow statement

        Process killed = start(p.config, "upgrade", "head");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (killed.isAlive() && !markerTableExistsInAnOpenTransaction(db) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(markerTableExistsInAnOpenTransaction(db), "the runner never reached the slow step; activity: "
                + activity(db) + "; alive: " + killed.isAlive());
        killed.destroyForcibly();   // SIGKILL
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        // The server notices the dead client within about a second (client_connection_check_interval) and ends
        // the statement, long before its 20 s would be up; had it finished, the step would have committed.
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
        while (markerTableExistsInAnOpenTransaction(db) && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        assertTrue(!markerTableExistsInAnOpenTransaction(db), "the killed run's statement still runs: " + activity(db));
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1145"), OfflineQuickstartTest.versions(c), "the killed step left no trace");
            assertTrue(!OfflineQuickstartTest.tables(c).contains("slow_marker"));
            assertTrue(!OfflineQuickstartTest.tables(c).contains("after_slow"));
        }

        Files.writeString(slow, Files.readString(slow).replace("op.execute(\"SELECT pg_sleep(20)\");", ""));
        p.ok("upgrade", "head");
        try (Connection c = db.connect()) {
            assertEquals(List.of("20260117_1330"), OfflineQuickstartTest.versions(c));
            assertTrue(OfflineQuickstartTest.tables(c).containsAll(List.of("slow_marker", "after_slow")));
        }
    }

    /** Whether a session is waiting in pg_sleep, i.e. the runner is inside the slow step. */
    private static boolean markerTableExistsInAnOpenTransaction(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return count(c, "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(20)%' "
                    + "AND datname = current_database()") > 0;
        }
    }

    private static List<String> activity(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datname, state, left(query, 60) FROM pg_stat_activity")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        return rows;
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
