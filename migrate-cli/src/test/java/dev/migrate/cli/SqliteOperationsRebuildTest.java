package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operations the rebuild chain does not use, on SQLite: primary keys added and dropped, NOT NULL
 * columns without a default (on an empty table) and with a default that is not a constant. Each
 * runs as its own revision online and offline; so do the data operations (insert, update, delete) (the script run by {@code sqlite3 -bail}); both
 * databases end with the same schema and every row, and the downgrade gives back the schema and
 * rows from before, online and offline.
 */
class SqliteOperationsRebuildTest {

    /** r1: {@code t} with a primary key and rows, {@code u} without one, {@code e} empty. */
    private static final String SETUP = """
            op.createTable("t", column("id", INTEGER).notNull(), column("name", varchar(10)), primaryKey("id"));
            op.createTable("u", column("id", INTEGER).notNull(), column("name", varchar(10)));
            op.createTable("e", column("id", INTEGER).notNull(), primaryKey("id"));
            op.bulkInsert("t", List.of("id", "name"), List.of(List.of(1, "one"), List.of(2, "two")));
            op.bulkInsert("u", List.of("id", "name"), List.of(List.of(1, "one"), List.of(2, "two")));""";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "drop a primary key| op.dropConstraint(\"t\", \"pk_t\", ConstraintKind.PRIMARY_KEY);| "
                + "op.addConstraint(\"t\", primaryKey(\"id\"));",
        "add a primary key| op.addConstraint(\"u\", primaryKey(\"id\"));| "
                + "op.dropConstraint(\"u\", \"pk_u\", ConstraintKind.PRIMARY_KEY);",
        "NOT NULL column without a default, empty table| op.addColumn(\"e\", column(\"code\", varchar(5)).notNull());| "
                + "op.dropColumn(\"e\", \"code\");",
        "NOT NULL column with a computed default| op.addColumn(\"t\", column(\"n\", INTEGER).notNull().serverDefault(\"(1 + 1)\"));| "
                + "op.dropColumn(\"t\", \"n\");",
    })
    void onlineAndOfflineAgreeBothWays(String name, String upgrade, String downgrade) throws Exception {
        assertBothWays(name, upgrade, downgrade, true);
    }

    @Test
    void dataOperationsAgreeBothWays() throws Exception {
        assertBothWays("insert, update, delete", """
                op.insert("t", Map.of("id", "3", "name", "'three'"));
                op.update("t", Map.of("name", "upper(name)"), "id < 3");
                op.delete("u", "id = 2");
                op.update("u", Map.of("name", "'all'"));""", """
                op.update("u", Map.of("name", "'one'"));
                op.insert("u", Map.of("id", "2", "name", "'two'"));
                op.update("t", Map.of("name", "lower(name)"), "id < 3");
                op.delete("t", "id = 3");""", false);
    }

    private void assertBothWays(String name, String upgrade, String downgrade, boolean rebuilds) throws Exception {
        Path project = dir.resolve("p");
        TestProject p = TestProject.init(project, "jdbc:sqlite:" + dir.resolve("online.db"));
        p.write("migrations/versions/r1.java", revision("r1", "", SETUP, ""));
        p.write("migrations/versions/r2.java", revision("r2", "r1", upgrade, downgrade));
        Path offlineDb = dir.resolve("offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + offlineDb, offlineDb.toString());
        String online = "jdbc:sqlite:" + dir.resolve("online.db");

        p.ok("upgrade", "r1");
        SqlClient.run(offline, Files.writeString(dir.resolve("r1.sql"), p.ok("upgrade", "base:r1", "--sql")));
        String before = SqliteSnapshot.of(online);
        assertEquals(before, SqliteSnapshot.of(offline.jdbcUrl()));

        String script = p.ok("upgrade", "r1:r2", "--sql");
        assertEquals(rebuilds, script.contains("CREATE TABLE _migrate_new_"), "whether the change rebuilds:\n" + script);
        p.ok("upgrade", "r2");
        SqlClient.run(offline, Files.writeString(dir.resolve("r2.sql"), script));
        String after = SqliteSnapshot.of(online);
        assertEquals(after, SqliteSnapshot.of(offline.jdbcUrl()), name + ": online and offline");
        assertTrue(!after.equals(before), name + " changed nothing");

        SqlClient.run(offline, Files.writeString(dir.resolve("r2-down.sql"), p.ok("downgrade", "r2:r1", "--sql")));
        p.ok("downgrade", "r1");
        assertEquals(before, SqliteSnapshot.of(online), name + ": online downgrade");
        assertEquals(before, SqliteSnapshot.of(offline.jdbcUrl()), name + ": offline downgrade");
    }

    private static String revision(String id, String revises, String upgrade, String downgrade) {
        return """
                import static dev.migrate.api.Schema.*;
                import static dev.migrate.api.schema.ColumnTypes.*;
                import dev.migrate.api.*;
                import dev.migrate.api.schema.ConstraintKind;
                import java.util.List;
                import java.util.Map;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                class R%s implements Migration {
                    public void upgrade(Operations op) {
                %s
                    }
                    public void downgrade(Operations op) {
                %s
                    }
                }
                """.formatted(id, revises.isEmpty() ? "" : "\"" + revises + "\"", id, id, upgrade.indent(8),
                downgrade.indent(8));
    }
}
