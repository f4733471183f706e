package dev.migrate.cli;

import static dev.migrate.cli.OnlineFailureTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
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
 * PostgreSQL renders a plan's later steps while the first ones run: a revision whose operations
 * cannot be replayed stops the run at that step (the steps before it stay applied with a
 * transaction per migration, nothing stays with one transaction), and a script that does not
 * compile stops it before anything runs. Each test has its own version table and tables.
 */
class OnlineRenderAheadTest {

    @TempDir
    Path dir;

    private TestProject project(TestDatabase db, String prefix, String third) {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.replaceInConfig("revision_id:", "version_table: " + prefix + "_version\nrevision_id:");
        p.write("migrations/versions/1_a.java", script("aaaa0001", "", "CREATE TABLE " + prefix + "_a (id INTEGER)",
                "DROP TABLE " + prefix + "_a"));
        p.write("migrations/versions/2_b.java", script("bbbb0002", "\"aaaa0001\"", "CREATE TABLE " + prefix + "_b (id INTEGER)",
                "DROP TABLE " + prefix + "_b"));
        p.write("migrations/versions/3_c.java", third);
        return p;
    }

    private static final String UNREPLAYABLE = """
            import static dev.migrate.api.Schema.column;
            import static dev.migrate.api.schema.ColumnTypes.INTEGER;

            import dev.migrate.api.*;

            @Revision(id = "cccc0003", revises = "bbbb0002", message = "cccc0003 message")
            class Rcccc0003 implements Migration {
                public void upgrade(Operations op) {
                    op.createTable("twice", column("id", INTEGER));
                    op.createTable("twice", column("id", INTEGER));
                }
                public void downgrade(Operations op) {
                }
            }
            """;

    @DatabaseTest(DatabaseKind.POSTGRES)
    void aStepThatCannotBeRenderedStopsTheRunThere(TestDatabase db) throws SQLException {
        TestProject p = project(db, "per", UNREPLAYABLE);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.REVISION, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("migrate: error: ") && run.err().contains("cccc0003"), run.err());
        assertEquals("Running upgrade  -> aaaa0001, aaaa0001 message\nRunning upgrade aaaa0001 -> bbbb0002, bbbb0002 message\n",
                run.out());
        try (Connection c = db.connect()) {
            assertEquals(List.of("bbbb0002"), versions(c, "per_version"));
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void withOneTransactionAStepThatCannotBeRenderedLeavesNothing(TestDatabase db) throws SQLException {
        TestProject p = project(db, "one", UNREPLAYABLE);
        p.replaceInConfig("revision_id:", "transaction_per_migration: false\nrevision_id:");
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.REVISION, run.exitCode(), run.err());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("one_")).toList());
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRES)
    void aScriptThatDoesNotCompileStopsTheRunBeforeItsFirstStep(TestDatabase db) throws SQLException {
        TestProject p = project(db, "javac", UNREPLAYABLE.replace("op.createTable", "op.noSuchOperation"));
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.REVISION, run.exitCode(), run.err());
        assertEquals("", run.out());
        try (Connection c = db.connect()) {
            assertEquals(List.of(), OfflineQuickstartTest.tables(c).stream().filter(t -> t.startsWith("javac_")).toList());
        }
    }

    private static List<String> versions(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version_num FROM " + table)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
