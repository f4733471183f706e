package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's changes to one SQLite table are carried out by one rebuild even when changes to
 * other tables come between them, unless an operation between involves the table (a foreign key
 * to it added, raw SQL): then the changes before it are rebuilt before it. Changes that need no
 * rebuild stay where they are. Each script is shown whole (the guards' long offline checks left
 * out: {@link SqliteRebuildGuardsTest}), run online with foreign-key enforcement on and offline by
 * {@code sqlite3 -bail} in a session with enforcement on; both end with the same schema and every row.
 */
class SqliteRebuildGroupingTest {

    /** r1: a parent {@code a} and a child {@code b} that cascades, with rows. */
    private static final String SETUP = """
            op.createTable("a", column("id", INTEGER).notNull(), column("name", varchar(10)), column("score", INTEGER),
                    primaryKey("id"));
            op.createTable("b", column("id", INTEGER).notNull(), column("a_id", INTEGER), column("title", varchar(10)),
                    column("n", INTEGER), primaryKey("id"),
                    foreignKey("a_id").references("a", "id").onDelete(ReferentialAction.CASCADE).withName("fk_b_a"));
            op.bulkInsert("a", List.of("id", "name", "score"), List.of(List.of(1, "one", 10), List.of(2, "two", 20)));
            op.bulkInsert("b", List.of("id", "a_id", "title", "n"), List.of(List.of(1, 1, "x", 5), List.of(2, 2, "y", 6),
                    List.of(3, 1, "z", 7)));""";

    /** Two related tables; {@link #AUTHORS_AND_BOOKS_CHANGED} changes both in ways that need rebuilds. */
    private static final String AUTHORS_AND_BOOKS = AutogenerateTest.HEADER + """
                            table("authors",
                                    column("id", INTEGER).notNull(),
                                    column("name", varchar(100)).notNull(),
                                    column("email", varchar(100)),
                                    column("active", BOOLEAN).serverDefault("TRUE"),
                                    primaryKey("id"))
                                    .withIndexes(index("ix_authors_name", "name")),
                            table("books",
                                    column("id", INTEGER).notNull(),
                                    column("author_id", INTEGER).notNull(),
                                    column("title", varchar(200)).notNull(),
                                    column("pages", INTEGER),
                                    column("price", numeric(10, 2)).serverDefault("0"),
                                    primaryKey("id"),
                                    foreignKey("author_id").references("authors", "id").onDelete(ReferentialAction.CASCADE),
                                    check(null, "pages > 0")));
                }
            }
            """;
    private static final String AUTHORS_AND_BOOKS_CHANGED = AutogenerateTest.HEADER + """
                            table("authors",
                                    column("id", INTEGER).notNull(),
                                    column("name", varchar(200)).notNull(),
                                    column("email", varchar(100)).notNull(),
                                    column("active", BOOLEAN).serverDefault("FALSE"),
                                    column("bio", TEXT),
                                    primaryKey("id"))
                                    .withIndexes(uniqueIndex("ix_authors_email", "email")),
                            table("books",
                                    column("id", INTEGER).notNull(),
                                    column("author_id", INTEGER).notNull(),
                                    column("title", varchar(300)).notNull(),
                                    column("pages", INTEGER),
                                    column("price", numeric(10, 2)),
                                    column("subtitle", varchar(100)),
                                    primaryKey("id"),
                                    foreignKey("author_id").references("authors", "id").onDelete(ReferentialAction.CASCADE),
                                    check(null, "price >= 0"))
                                    .withIndexes(index("ix_books_title", "title")));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void alternatingChangesToTwoTablesAreOneRebuildEach() throws Exception {
        TestProject p = project("alternating", """
                op.alterColumnType("a", "name", TEXT);
                op.alterColumnNullable("b", "title", false);
                op.addColumn("a", column("note", varchar(20)));
                op.renameColumn("b", "n", "amount");
                op.alterColumnType("a", "score", BIGINT);
                op.createIndex("b", index("ix_b_title", "title"));""");
        String script = check(p);
        assertEquals("""
                -- migrate upgrade r1:r2 for sqlite

                PRAGMA foreign_keys = OFF;

                BEGIN;

                -- Running upgrade r1 -> r2, r2
                -- Rebuilding table a: SQLite cannot change the type of a.name, change the type of a.score in place.
                -- The same rebuild carries out: add column a.note.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.
                -- Other tables refer to a (b), so foreign-key enforcement is switched off before BEGIN (SQLite ignores \
                PRAGMA foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's \
                setting, so it ends with enforcement on).

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_a (id INTEGER NOT NULL, name TEXT, score BIGINT, note VARCHAR(20), CONSTRAINT \
                pk_a PRIMARY KEY (id));

                INSERT INTO _migrate_new_a (id, name, score) SELECT id, name, score FROM a;

                DROP TABLE a;

                ALTER TABLE _migrate_new_a RENAME TO a;

                -- Rebuilding table b: SQLite cannot set NOT NULL on b.title in place.
                -- The same rebuild carries out: rename column b.n to amount, create index ix_b_title on b.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_b (id INTEGER NOT NULL, a_id INTEGER, title VARCHAR(10) NOT NULL, amount \
                INTEGER, CONSTRAINT pk_b PRIMARY KEY (id), CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON \
                DELETE CASCADE);

                INSERT INTO _migrate_new_b (id, a_id, title, amount) SELECT id, a_id, title, n FROM b;

                DROP TABLE b;

                ALTER TABLE _migrate_new_b RENAME TO b;

                CREATE INDEX ix_b_title ON b (title);

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                COMMIT;

                PRAGMA foreign_keys = ON;
                """, withoutChecks(script));
    }

    @Test
    void aForeignKeyToTheTableBetweenItsChangesMakesTwoRebuilds() throws Exception {
        TestProject p = project("fk", """
                op.alterColumnType("a", "name", TEXT);
                op.addColumn("b", column("a2_id", INTEGER));
                op.addConstraint("b", foreignKey("a2_id").references("a", "id").withName("fk_b_a2"));
                op.alterColumnNullable("a", "name", false);""");
        String script = check(p);
        assertEquals("""
                -- migrate upgrade r1:r2 for sqlite

                PRAGMA foreign_keys = OFF;

                BEGIN;

                -- Running upgrade r1 -> r2, r2
                -- Rebuilding table a: SQLite cannot change the type of a.name in place.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.
                -- Other tables refer to a (b), so foreign-key enforcement is switched off before BEGIN (SQLite ignores \
                PRAGMA foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's \
                setting, so it ends with enforcement on).

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_a (id INTEGER NOT NULL, name TEXT, score INTEGER, CONSTRAINT pk_a PRIMARY KEY (id));

                INSERT INTO _migrate_new_a (id, name, score) SELECT id, name, score FROM a;

                DROP TABLE a;

                ALTER TABLE _migrate_new_a RENAME TO a;

                -- Rebuilding table b: SQLite cannot add constraint fk_b_a2 to b in place.
                -- The same rebuild carries out: add column b.a2_id.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_b (id INTEGER NOT NULL, a_id INTEGER, title VARCHAR(10), n INTEGER, a2_id \
                INTEGER, CONSTRAINT pk_b PRIMARY KEY (id), CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON \
                DELETE CASCADE, CONSTRAINT fk_b_a2 FOREIGN KEY (a2_id) REFERENCES a (id));

                INSERT INTO _migrate_new_b (id, a_id, title, n) SELECT id, a_id, title, n FROM b;

                DROP TABLE b;

                ALTER TABLE _migrate_new_b RENAME TO b;

                -- Rebuilding table a: SQLite cannot set NOT NULL on a.name in place.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.
                -- Other tables refer to a (b), so foreign-key enforcement is switched off before BEGIN (SQLite ignores \
                PRAGMA foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's \
                setting, so it ends with enforcement on).

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_a (id INTEGER NOT NULL, name TEXT NOT NULL, score INTEGER, CONSTRAINT pk_a \
                PRIMARY KEY (id));

                INSERT INTO _migrate_new_a (id, name, score) SELECT id, name, score FROM a;

                DROP TABLE a;

                ALTER TABLE _migrate_new_a RENAME TO a;

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                COMMIT;

                PRAGMA foreign_keys = ON;
                """, withoutChecks(script));
    }

    @Test
    void rawSqlBetweenChangesMakesTwoRebuilds() throws Exception {
        TestProject p = project("raw", """
                op.alterColumnType("a", "name", TEXT);
                op.alterColumnType("b", "title", TEXT);
                op.execute("UPDATE a SET name = upper(name)");
                op.alterColumnNullable("a", "name", false);""");
        String script = check(p);
        assertEquals("""
                -- migrate upgrade r1:r2 for sqlite

                PRAGMA foreign_keys = OFF;

                BEGIN;

                -- Running upgrade r1 -> r2, r2
                -- Rebuilding table a: SQLite cannot change the type of a.name in place.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.
                -- Other tables refer to a (b), so foreign-key enforcement is switched off before BEGIN (SQLite ignores \
                PRAGMA foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's \
                setting, so it ends with enforcement on).

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_a (id INTEGER NOT NULL, name TEXT, score INTEGER, CONSTRAINT pk_a PRIMARY KEY (id));

                INSERT INTO _migrate_new_a (id, name, score) SELECT id, name, score FROM a;

                DROP TABLE a;

                ALTER TABLE _migrate_new_a RENAME TO a;

                -- Rebuilding table b: SQLite cannot change the type of b.title in place.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_b (id INTEGER NOT NULL, a_id INTEGER, title TEXT, n INTEGER, CONSTRAINT pk_b \
                PRIMARY KEY (id), CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE);

                INSERT INTO _migrate_new_b (id, a_id, title, n) SELECT id, a_id, title, n FROM b;

                DROP TABLE b;

                ALTER TABLE _migrate_new_b RENAME TO b;

                UPDATE a SET name = upper(name);

                -- Rebuilding table a: SQLite cannot set NOT NULL on a.name in place.
                -- The new table is created, the rows copied, the old table dropped and the new one renamed; indexes are \
                created again.
                -- Online, migrate first checks that the live table has the columns and indexes the migrations gave it.
                -- Other tables refer to a (b), so foreign-key enforcement is switched off before BEGIN (SQLite ignores \
                PRAGMA foreign_keys inside a transaction) and on after COMMIT (a script cannot read the session's \
                setting, so it ends with enforcement on).

                PRAGMA defer_foreign_keys = ON;

                CREATE TABLE _migrate_new_a (id INTEGER NOT NULL, name TEXT NOT NULL, score INTEGER, CONSTRAINT pk_a \
                PRIMARY KEY (id));

                INSERT INTO _migrate_new_a (id, name, score) SELECT id, name, score FROM a;

                DROP TABLE a;

                ALTER TABLE _migrate_new_a RENAME TO a;

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                COMMIT;

                PRAGMA foreign_keys = ON;
                """, withoutChecks(script));
    }

    @Test
    void changesThatNeedNoRebuildStayWhereTheyAre() throws Exception {
        TestProject p = project("native", """
                op.addColumn("a", column("note", varchar(20)));
                op.createIndex("b", index("ix_b_title", "title"));
                op.renameColumn("a", "score", "points");
                op.addColumn("b", column("extra", INTEGER).notNull().serverDefault("0"));""");
        String script = check(p);
        assertEquals("""
                -- migrate upgrade r1:r2 for sqlite

                BEGIN;

                -- Running upgrade r1 -> r2, r2
                ALTER TABLE a ADD COLUMN note VARCHAR(20);

                CREATE INDEX ix_b_title ON b (title);

                ALTER TABLE a RENAME COLUMN score TO points;

                ALTER TABLE b ADD COLUMN extra INTEGER NOT NULL DEFAULT 0;

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                COMMIT;
                """, withoutChecks(script));
    }

    @Test
    void anAutogeneratedRevisionRebuildsEachOfTwoRelatedTablesOnceUpAndDown() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("autogen.db");
        TestProject p = AutogenerateTest.project(dir.resolve("autogen"), url + "?foreign_keys=true", AUTHORS_AND_BOOKS);
        String first = revisionId(p.ok("revision", "--autogenerate", "-m", "initial"));
        p.ok("upgrade", "head");
        Path offlineDb = dir.resolve("autogen-offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + offlineDb, offlineDb.toString());
        SqlClient.run(offline, Files.writeString(dir.resolve("initial.sql"), p.ok("upgrade", "base:" + first, "--sql")));
        for (String database : List.of(url, offline.jdbcUrl())) {
            execute(database, "INSERT INTO authors (id, name, email, active) VALUES (1, 'Le Guin', 'ul@example.com', 1),"
                    + " (2, 'Lem', 'sl@example.com', 0)");
            execute(database, "INSERT INTO books (id, author_id, title, pages, price) VALUES (1, 1, 'The Dispossessed', 387,"
                    + " 9.99), (2, 2, 'Solaris', 204, 7.5), (3, 1, 'Lavinia', NULL, 0)");
        }
        String before = SqliteSnapshot.of(url);

        p.write("migrations/Model.java", AUTHORS_AND_BOOKS_CHANGED);
        String second = revisionId(p.ok("revision", "--autogenerate", "-m", "second"));
        String up = p.ok("upgrade", first + ":" + second, "--sql");
        assertEquals(List.of("_migrate_new_authors", "_migrate_new_books"), rebuiltTables(up));
        p.ok("upgrade", "head");
        String after = SqliteSnapshot.of(url);
        assertEquals("1|1|The Dispossessed|387|9.99|null\n2|2|Solaris|204|7.5|null\n3|1|Lavinia|null|0|null\n",
                rows(url, "SELECT id, author_id, title, pages, price, subtitle FROM books ORDER BY id"));
        assertEquals("1|Le Guin|ul@example.com|1|null\n2|Lem|sl@example.com|0|null\n",
                rows(url, "SELECT id, name, email, active, bio FROM authors ORDER BY id"));
        inEnforcingSession(offline, up, "up.sql");
        assertEquals(after, SqliteSnapshot.of(offline.jdbcUrl()), "offline upgrade");
        assertEquals(0, p.run("check").exitCode(), "the database matches the changed model");

        String down = p.ok("downgrade", second + ":" + first, "--sql");
        assertEquals(List.of("_migrate_new_books", "_migrate_new_authors"), rebuiltTables(down));
        p.ok("downgrade", first);
        assertEquals(before, SqliteSnapshot.of(url), "online downgrade");
        inEnforcingSession(offline, down, "down.sql");
        assertEquals(before, SqliteSnapshot.of(offline.jdbcUrl()), "offline downgrade");
    }

    /** The tables an offline script rebuilds, in order. */
    private static List<String> rebuiltTables(String script) {
        return script.lines().filter(l -> l.startsWith("CREATE TABLE _migrate_new_"))
                .map(l -> l.substring("CREATE TABLE ".length(), l.indexOf(" ("))).toList();
    }

    /** The id of the revision a {@code revision} run wrote, from its file's first {@code id = "..."}. */
    private static String revisionId(String out) throws Exception {
        Matcher id = Pattern.compile("id = \"(\\w+)\"").matcher(Files.readString(AutogenerateTest.generated(out)));
        assertTrue(id.find(), out);
        return id.group(1);
    }

    private void inEnforcingSession(TestDatabase db, String script, String name) throws Exception {
        SqlClient.run(db, Files.writeString(dir.resolve(name), "PRAGMA foreign_keys = ON;\n" + script));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // A project whose r1 runs SETUP and r2 runs change, on its own SQLite file.

    private TestProject project(String name, String change) {
        TestProject p = TestProject.init(dir.resolve(name), "jdbc:sqlite:" + dir.resolve(name + ".db") + "?foreign_keys=true");
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
     * Upgrades online and, with the offline scripts run by {@code sqlite3 -bail} in a session with enforcement
     * on, a second database; asserts both hold the same schema and rows; returns r2's offline script.
     */
    private String check(TestProject p) throws Exception {
        String setup = p.ok("upgrade", "base:r1", "--sql");
        String change = p.ok("upgrade", "r1:r2", "--sql");
        p.ok("upgrade", "head");
        Path offlineDb = p.dir.resolve("offline.db");
        TestDatabase offline = new TestDatabase(DatabaseKind.SQLITE, "jdbc:sqlite:" + offlineDb, offlineDb.toString());
        SqlClient.run(offline, Files.writeString(p.dir.resolve("offline.sql"), "PRAGMA foreign_keys = ON;\n" + setup
                + "\n" + change));
        String url = "jdbc:sqlite:" + p.dir.getParent().resolve(p.dir.getFileName() + ".db");
        assertEquals("1|1\n2|2\n3|1\n", rows(url, "SELECT id, a_id FROM b ORDER BY id"), "no cascade fired");
        assertEquals("1\n2\n", rows(url, "SELECT id FROM a ORDER BY id"));
        assertEquals(SqliteSnapshot.of(url), SqliteSnapshot.of(offline.jdbcUrl()));
        return change;
    }

    static String rows(String url, String query) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
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

    /** A script without the guards' offline checks (two lines each), which {@link SqliteRebuildGuardsTest} covers. */
    private static String withoutChecks(String script) {
        return script.lines().filter(l -> !l.startsWith("CREATE TEMP TABLE IF NOT EXISTS migrate_rebuild_")
                        && !l.startsWith("INSERT INTO migrate_rebuild_")).map(l -> l + "\n").collect(Collectors.joining())
                .replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
