package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite table rebuild stops, with the transaction rolled back and a message naming the cause,
 * when rows would break foreign keys, when the live table is not what the migrations say, when a
 * trigger uses the table, and (while rendering) when a batch says {@code recreate = never}
 * (foreign-key enforcement: {@link SqliteRebuildEnforcementTest}). Offline, the script run by {@code sqlite3}
 * stops at the same checks.
 */
class SqliteRebuildGuardsTest {

    private static final String PARENT_AND_CHILD = """
            op.createTable("parent", column("id", INTEGER).notNull(), primaryKey("id"));
            op.createTable("child", column("id", INTEGER).notNull(), column("parent_id", INTEGER), primaryKey("id"),
                    foreignKey("parent_id").references("parent", "id").onDelete(ReferentialAction.CASCADE));
            op.bulkInsert("parent", List.of("id"), List.of(List.of(1)));
            op.bulkInsert("child", List.of("id", "parent_id"), List.of(List.of(1, 1), List.of(2, 7)));""";

    @TempDir
    Path dir;

    @Test
    void rowsBreakingForeignKeysAfterARebuildAreNamed() throws Exception {
        TestProject p = project("fk", PARENT_AND_CHILD, "op.alterColumnType(\"child\", \"parent_id\", BIGINT);");
        CliRun run = p.run("upgrade", "head");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("[CREATE TEMP TABLE IF NOT EXISTS migrate_rebuild_foreign_keys") && run.err().contains(
                "]: after the rebuild of child, row 2 of child refers to a missing row of parent. Its transaction was rolled"
                        + " back; the version table is still at r1. Fix the script and run again."), run.err());
        assertEquals("INTEGER", declaredType(p, "child", "parent_id"));
        assertEquals("1|1\n2|7\n", rows(p, "SELECT id, parent_id FROM child ORDER BY id"));
        String offline = offlineFailure(p, "r1");
        assertTrue(offline.contains("CHECK constraint failed: migrate: a table rebuild stops here, as rows break foreign keys"
                + " (see PRAGMA foreign_key_check)"), offline);
    }

    @Test
    void aLiveTableThatDiffersFromTheMigrationsIsNotRebuilt() throws Exception {
        TestProject p = project("live", PARENT_AND_CHILD, "op.alterColumnNullable(\"child\", \"parent_id\", false);");
        p.ok("upgrade", "r1");
        execute(p, "ALTER TABLE child ADD COLUMN note TEXT");
        execute(p, "CREATE INDEX ix_child_note ON child (note)");
        CliRun run = p.run("upgrade", "head");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("]: the live table child has a column note that the migrations do not know; the live"
                + " table child has an index ix_child_note that the migrations do not know (the rebuild would lose it). Its"
                + " transaction was rolled back"), run.err());
        assertEquals("r1\n", rows(p, "SELECT version_num FROM migrate_version"));
    }

    @Test
    void triggersOnTheTableAreNamed() throws Exception {
        TestProject p = project("trigger", PARENT_AND_CHILD + """

                op.execute("CREATE TRIGGER child_audit AFTER UPDATE ON child BEGIN SELECT 1; END");""",
                "op.alterColumnType(\"child\", \"parent_id\", BIGINT);");
        p.ok("upgrade", "r1");
        CliRun run = p.run("upgrade", "head");
        assertTrue(run.err().contains("]: trigger child_audit uses table child, and a rebuild would drop or break it: drop it"
                + " before this change and create it again after. Its transaction was rolled back"), run.err());
        String offline = offlineFailure(p, "r1");
        assertTrue(offline.contains("CHECK constraint failed: migrate: a table rebuild stops here, as triggers or views use"
                + " the table"), offline);
    }

    @Test
    void recreateNeverRefusesAChangeThatNeedsARebuild() {
        TestProject p = project("never", PARENT_AND_CHILD, """
                op.batchAlterTable("child", BatchAlterTable.Recreate.NEVER, b -> b.alterColumnType("parent_id", BIGINT));""");
        CliRun run = p.run("upgrade", "head", "--sql");
        assertEquals(3, run.exitCode()); // a revision error
        assertTrue(run.err().contains("The batch on child has recreate = never, but SQLite cannot change the type of"
                + " child.parent_id in place. Allow the rebuild with recreate = auto, or leave that change out of the batch."),
                run.err());
    }

    // A project whose r1 runs setup and r2 runs change, on its own SQLite file.

    private TestProject project(String name, String setup, String change) {
        TestProject p = TestProject.init(dir.resolve(name), "jdbc:sqlite:" + dir.resolve(name + ".db"));
        revision(p, "r1", "", setup);
        revision(p, "r2", "r1", change);
        return p;
    }

    private static void revision(TestProject p, String id, String revises, String upgrade) {
        p.write("migrations/versions/" + id + ".java", """
                import static dev.migrate.api.Schema.*;
                import static dev.migrate.api.schema.ColumnTypes.*;
                import dev.migrate.api.*;
                import dev.migrate.api.operation.BatchAlterTable;
                import dev.migrate.api.schema.Constraint.ReferentialAction;
                import java.util.List;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                class R%s implements Migration {
                    public void upgrade(Operations op) {
                %s
                    }
                    public void downgrade(Operations op) {}
                }
                """.formatted(id, revises.isEmpty() ? "" : "\"" + revises + "\"", id, id, upgrade.indent(8)));
    }

    /** The output of {@code sqlite3 -bail} running the offline scripts from base to r1, then r1 to head, which must fail. */
    private String offlineFailure(TestProject p, String first) throws Exception {
        Path db = p.dir.resolve("offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + db, db.toString());
        Path setup = Files.writeString(p.dir.resolve("setup.sql"), p.ok("upgrade", "base:" + first, "--sql"));
        SqlClient.run(offline, setup);
        Path change = Files.writeString(p.dir.resolve("change.sql"), p.ok("upgrade", first + ":head", "--sql"));
        return assertThrows(AssertionError.class, () -> SqlClient.run(offline, change)).getMessage();
    }

    private static String url(TestProject p) throws Exception {
        return Files.readString(p.config).lines().filter(l -> l.startsWith("url: ")).findFirst().orElseThrow()
                .substring("url: ".length()).replaceFirst("\\?.*", "");
    }

    private static void execute(TestProject p, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url(p)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String declaredType(TestProject p, String table, String column) throws Exception {
        return rows(p, "SELECT type FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'").strip();
    }

    private static String rows(TestProject p, String query) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url(p)); Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    text.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
