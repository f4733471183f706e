package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.MigrateException;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.Migrator;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With foreign-key enforcement on, a rebuild of a table that others refer to switches enforcement
 * off before the transaction opens and back on after it ends, with one transaction per migration
 * and with one for the whole run, online (on the application's own connection, which must come
 * back as it was) and offline (the script run by {@code sqlite3 -bail} in a session with
 * enforcement on): the children's {@code ON DELETE CASCADE} never fires, and rows that would break
 * a foreign key stop the step, naming them.
 */
class SqliteRebuildEnforcementTest {

    /** r1: a parent, a child that cascades, rows; r2 (given per test) rebuilds the parent. */
    private static final String SETUP = """
            op.createTable("parent", column("id", INTEGER).notNull(), column("name", varchar(10)), primaryKey("id"));
            op.createTable("child", column("id", INTEGER).notNull(), column("parent_id", INTEGER), primaryKey("id"),
                    foreignKey("parent_id").references("parent", "id").onDelete(ReferentialAction.CASCADE));
            op.bulkInsert("parent", List.of("id", "name"), List.of(List.of(1, "one"), List.of(2, "two")));
            op.bulkInsert("child", List.of("id", "parent_id"), List.of(List.of(1, 1), List.of(2, 2), List.of(3, 1)));""";
    private static final String REBUILD_PARENT = "op.alterColumnType(\"parent\", \"name\", TEXT);";
    /** With enforcement off, the DELETE leaves child 2 without its parent instead of deleting it. */
    private static final String ORPHAN_AND_REBUILD = "op.execute(\"DELETE FROM parent WHERE id = 2\");\n" + REBUILD_PARENT;
    private static final String CHILD_ROWS = "1|1\n2|2\n3|1\n";
    private static final String CHILD_KEYS = "0|0|parent|parent_id|id|NO ACTION|CASCADE|NONE\n";

    @TempDir
    Path dir;

    private Connection pooled;

    @AfterEach
    void closePooled() throws SQLException {
        if (pooled != null) {
            pooled.close();
        }
    }

    @ParameterizedTest(name = "transaction per migration: {0}")
    @ValueSource(booleans = {true, false})
    void cascadingChildRowsSurviveARebuildOfTheirParent(boolean transactionPerMigration) throws Exception {
        TestProject p = project("ok", transactionPerMigration, REBUILD_PARENT);
        Migrator migrator = onOneConnection(p, "?foreign_keys=true");
        migrator.upgrade("head");
        assertEquals("1\n", rows(pooled, "PRAGMA foreign_keys"), "enforcement is on again on the same connection");
        assertEquals(CHILD_ROWS, rows(pooled, "SELECT id, parent_id FROM child ORDER BY id"));
        assertEquals(CHILD_KEYS, rows(pooled, "SELECT * FROM pragma_foreign_key_list('child')"));
        assertEquals("TEXT\n", rows(pooled, "SELECT type FROM pragma_table_info('parent') WHERE name = 'name'"));
        assertEquals("r2\n", rows(pooled, "SELECT version_num FROM migrate_version"));
        // Enforcement is still on: deleting a parent cascades as before.
        execute(pooled, "DELETE FROM parent WHERE id = 1");
        assertEquals("2|2\n", rows(pooled, "SELECT id, parent_id FROM child ORDER BY id"));
    }

    @Test
    void enforcementThatWasOffStaysOff() throws Exception {
        TestProject p = project("off", true, REBUILD_PARENT);
        Migrator migrator = onOneConnection(p, "");
        migrator.upgrade("head");
        assertEquals("0\n", rows(pooled, "PRAGMA foreign_keys"));
        assertEquals(CHILD_ROWS, rows(pooled, "SELECT id, parent_id FROM child ORDER BY id"));
    }

    @ParameterizedTest(name = "transaction per migration: {0}")
    @ValueSource(booleans = {true, false})
    void rowsBreakingForeignKeysStopTheStepAndEnforcementComesBack(boolean transactionPerMigration) throws Exception {
        TestProject p = project("orphan", transactionPerMigration, ORPHAN_AND_REBUILD);
        Migrator migrator = onOneConnection(p, "?foreign_keys=true");
        migrator.upgrade("r1");
        MigrateException e = assertThrows(MigrateException.class, () -> migrator.upgrade("head"));
        assertTrue(e.getMessage().contains("]: after the rebuild of parent, row 2 of child refers to a missing row of parent."
                + " Its transaction was rolled back; the version table is still at r1."), e.getMessage());
        assertEquals("1\n", rows(pooled, "PRAGMA foreign_keys"), "enforcement is on again after the failure");
        assertEquals("0\n", rows(pooled, "SELECT count(*) FROM pragma_foreign_key_check"));
        assertEquals("r1\n", rows(pooled, "SELECT version_num FROM migrate_version"));
        assertEquals("1|one\n2|two\n", rows(pooled, "SELECT id, name FROM parent ORDER BY id"));
        assertEquals(CHILD_ROWS, rows(pooled, "SELECT id, parent_id FROM child ORDER BY id"));
        assertEquals("VARCHAR(10)\n", rows(pooled, "SELECT type FROM pragma_table_info('parent') WHERE name = 'name'"));
    }

    @Test
    void aStatementErrorAfterTheSettingRestoresEnforcement() throws Exception {
        TestProject p = project("error", true, REBUILD_PARENT + "\nop.execute(\"INSERT INTO nowhere VALUES (1)\");");
        Migrator migrator = onOneConnection(p, "?foreign_keys=true");
        migrator.upgrade("r1");
        MigrateException e = assertThrows(MigrateException.class, () -> migrator.upgrade("head"));
        assertTrue(e.getMessage().contains("no such table: nowhere"), e.getMessage());
        assertEquals("1\n", rows(pooled, "PRAGMA foreign_keys"));
        assertEquals("r1\n", rows(pooled, "SELECT version_num FROM migrate_version"));
        assertEquals("VARCHAR(10)\n", rows(pooled, "SELECT type FROM pragma_table_info('parent') WHERE name = 'name'"));
    }

    @ParameterizedTest(name = "transaction per migration: {0}")
    @ValueSource(booleans = {true, false})
    void offlineScriptsSwitchEnforcementOffAroundTheTransaction(boolean transactionPerMigration) throws Exception {
        TestProject p = project("offline", transactionPerMigration, REBUILD_PARENT);
        p.write("migrations/versions/r3.java", revision("r3", "r2", "op.alterColumnNullable(\"parent\", \"name\", false);"));
        String script = p.ok("upgrade", "base:head", "--sql");
        List<String> skeleton = script.lines().filter(l -> l.startsWith("PRAGMA foreign_keys") || l.equals("BEGIN;")
                || l.equals("COMMIT;") || l.startsWith("-- Running")).toList();
        assertEquals(transactionPerMigration
                ? List.of("BEGIN;", "-- Running upgrade  -> r1, r1", "COMMIT;",
                        "PRAGMA foreign_keys = OFF;", "BEGIN;", "-- Running upgrade r1 -> r2, r2", "COMMIT;", "PRAGMA foreign_keys = ON;",
                        "PRAGMA foreign_keys = OFF;", "BEGIN;", "-- Running upgrade r2 -> r3, r3", "COMMIT;", "PRAGMA foreign_keys = ON;")
                : List.of("PRAGMA foreign_keys = OFF;", "BEGIN;", "-- Running upgrade  -> r1, r1", "-- Running upgrade r1 -> r2, r2",
                        "-- Running upgrade r2 -> r3, r3", "COMMIT;", "PRAGMA foreign_keys = ON;"), skeleton);
        String out = inEnforcingSession(p, script, "SELECT 'fk=' || foreign_keys FROM pragma_foreign_keys;",
                "SELECT id, parent_id FROM child ORDER BY id;", "SELECT * FROM pragma_foreign_key_list('child');",
                "SELECT version_num FROM migrate_version;");
        assertEquals("fk=1\n" + CHILD_ROWS + CHILD_KEYS + "r3\n", out);
    }

    @ParameterizedTest(name = "transaction per migration: {0}")
    @ValueSource(booleans = {true, false})
    void offlineScriptsStopOnRowsBreakingForeignKeys(boolean transactionPerMigration) throws Exception {
        TestProject p = project("offorphan", transactionPerMigration, ORPHAN_AND_REBUILD);
        inEnforcingSession(p, p.ok("upgrade", "base:r1", "--sql"));
        String script = p.ok("upgrade", "r1:head", "--sql");
        AssertionError failure = assertThrows(AssertionError.class, () -> inEnforcingSession(p, script));
        assertTrue(failure.getMessage().contains("CHECK constraint failed: migrate: a table rebuild stops here, as rows break"
                + " foreign keys (see PRAGMA foreign_key_check)"), failure.getMessage());
        assertEquals("r1\n1|one\n2|two\n" + CHILD_ROWS, inEnforcingSession(p, "", "SELECT version_num FROM migrate_version;",
                "SELECT id, name FROM parent ORDER BY id;", "SELECT id, parent_id FROM child ORDER BY id;"));
    }

    // A project whose r1 runs SETUP and r2 runs change, on its own SQLite file.

    private TestProject project(String name, boolean transactionPerMigration, String change) {
        TestProject p = TestProject.init(dir.resolve(name), "jdbc:sqlite:" + dir.resolve(name + ".db"));
        if (!transactionPerMigration) {
            p.replaceInConfig("revision_id:", "transaction_per_migration: false\nrevision_id:");
        }
        p.write("migrations/versions/r1.java", revision("r1", "", SETUP));
        p.write("migrations/versions/r2.java", revision("r2", "r1", change));
        return p;
    }

    private static String revision(String id, String revises, String upgrade) {
        return """
                import static dev.migrate.api.Schema.*;
                import static dev.migrate.api.schema.ColumnTypes.*;
                import dev.migrate.api.*;
                import dev.migrate.api.schema.Constraint.ReferentialAction;
                import java.util.List;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                class R%s implements Migration {
                    public void upgrade(Operations op) {
                %s
                    }
                    public void downgrade(Operations op) {}
                }
                """.formatted(id, revises.isEmpty() ? "" : "\"" + revises + "\"", id, id, upgrade.indent(8));
    }

    /**
     * The project's migrator on an application's pool of one connection, opened with {@code options}
     * (a pool hands the same connection out again, so migrate must leave it as it found it).
     */
    private Migrator onOneConnection(TestProject p, String options) throws SQLException {
        String url = "jdbc:sqlite:" + p.dir.getParent().resolve(p.dir.getFileName() + ".db");
        pooled = DriverManager.getConnection(url + options);
        Connection handedOut = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return Migrate.configure().configFile(p.config).dataSource(new OneConnection(handedOut)).load();
    }

    /**
     * Runs {@code script} and then {@code queries} with {@code sqlite3 -bail} on the project's database file, in a
     * session that turned enforcement on first; returns the output.
     */
    private static String inEnforcingSession(TestProject p, String script, String... queries) throws Exception {
        Path db = p.dir.getParent().resolve(p.dir.getFileName() + ".db");
        Path file = Files.writeString(p.dir.resolve("session.sql"),
                "PRAGMA foreign_keys = ON;\n" + script + "\n" + String.join("\n", queries) + "\n");
        return SqlClient.run(new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + db, db.toString()), file);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String rows(Connection c, String query) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
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

    /** A pool of one connection, handed out again and again. */
    private record OneConnection(Connection connection) implements SimpleDataSource {

        @Override
        public Connection getConnection() {
            return connection;
        }
    }
}
