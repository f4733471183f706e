package dev.migrate.cli;

import static dev.migrate.cli.OfflineQuickstartTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} and {@code check} against real databases, through the command
 * line: from an empty database to the model and back, each kind of difference detected, written,
 * applied and undone.
 */
class AutogenerateTest {

    static final String HEADER = """
            import static dev.migrate.api.Schema.*;
            import static dev.migrate.api.schema.ColumnTypes.*;

            import dev.migrate.api.TargetModel;
            import dev.migrate.api.schema.Constraint.ReferentialAction;
            import dev.migrate.api.schema.SchemaModel;

            class Model implements TargetModel {
                public SchemaModel model() {
                    return schema(
            """;

    static final String FIRST = HEADER + """
                            table("authors",
                                    column("id", INTEGER).notNull().autoincrementing(),
                                    column("name", varchar(100)).notNull(),
                                    column("email", varchar(100)),
                                    column("born", DATE),
                                    column("active", BOOLEAN).serverDefault("TRUE"),
                                    primaryKey("id"),
                                    unique(null, "email"))
                                    .withIndexes(index("ix_authors_name", "name")),
                            table("books",
                                    column("id", INTEGER).notNull().autoincrementing(),
                                    column("author_id", INTEGER).notNull(),
                                    column("title", varchar(200)).notNull(),
                                    column("pages", INTEGER),
                                    column("price", numeric(10, 2)).serverDefault("0"),
                                    primaryKey("id"),
                                    foreignKey("author_id").references("authors", "id").onDelete(ReferentialAction.CASCADE),
                                    check(null, "pages > 0")),
                            table("obsolete", column("id", INTEGER).notNull(), primaryKey("id")));
                }
            }
            """;

    static final String SECOND = HEADER + """
                            table("authors",
                                    column("id", INTEGER).notNull().autoincrementing(),
                                    column("name", varchar(200)).notNull(),
                                    column("email", varchar(100)).notNull(),
                                    column("active", BOOLEAN).serverDefault("FALSE"),
                                    column("bio", TEXT),
                                    primaryKey("id"))
                                    .withIndexes(uniqueIndex("ix_authors_email", "email")),
                            table("books",
                                    column("id", INTEGER).notNull().autoincrementing(),
                                    column("author_id", INTEGER).notNull(),
                                    column("title", varchar(200)).notNull(),
                                    column("pages", INTEGER),
                                    column("price", numeric(10, 2)),
                                    column("editor_id", INTEGER),
                                    primaryKey("id"),
                                    foreignKey("author_id").references("authors", "id").onDelete(ReferentialAction.CASCADE),
                                    foreignKey("editor_id").references("authors", "id"),
                                    check(null, "price >= 0")),
                            table("reviews",
                                    column("id", INTEGER).notNull().autoincrementing(),
                                    column("book_id", INTEGER).notNull(),
                                    column("stars", SMALLINT).notNull(),
                                    primaryKey("id"),
                                    foreignKey("book_id").references("books", "id")));
                }
            }
            """;

    @TempDir
    Path dir;

    @DatabaseTest
    void roundTripFromAnEmptyDatabaseAndEachKindOfDifference(TestDatabase db) throws Exception {
        TestProject p = project(dir.resolve("round-trip"), db.jdbcUrl(), FIRST);
        assertEquals(List.of("Detected added table authors", "Detected added table books", "Detected added table obsolete"),
                detected(p.ok("revision", "--autogenerate", "-m", "initial")));
        p.ok("upgrade", "head");
        assertEquals("No changes in schema detected; no revision written.\n",
                p.ok("revision", "--autogenerate", "-m", "again"));
        assertEquals(0, p.run("check").exitCode());

        p.write("migrations/Model.java", SECOND);
        CliRun differs = p.run("check");
        assertEquals(ExitCodes.MODEL_DIFFERS, differs.exitCode(), differs.err());
        List<String> expected = new ArrayList<>(List.of(
                "Detected removed unique constraint uq_authors_email (email) on authors",
                "Detected removed index ix_authors_name on authors",
                "Detected removed check constraint ck_books_pages on books",
                "Detected added table reviews",
                "Detected changed type of authors.name: VARCHAR(100) -> VARCHAR(200)",
                "Detected made authors.email NOT NULL",
                // Defaults as each database reports them.
                "Detected changed server default of authors.active: " + switch (db.kind()) {
                    case POSTGRES -> "true";
                    case MYSQL -> "1";
                    case SQLITE -> "TRUE";
                } + " -> FALSE",
                "Detected removed column authors.born",
                "Detected added column authors.bio",
                "Detected changed server default of books.price: " + (db.kind() == DatabaseKind.MYSQL ? "0.00" : "0")
                        + " -> none",
                "Detected added column books.editor_id",
                "Detected added check constraint ck_books_price on books",
                "Detected added index ix_authors_email on authors",
                "Detected added foreign key fk_books_editor_id_authors (editor_id) -> authors on books",
                "Detected removed table obsolete"));
        String second = p.ok("revision", "--autogenerate", "-m", "second");
        List<String> actual = detected(second);
        assertEquals(sorted(expected), sorted(actual), String.join("\n", actual));
        p.ok("upgrade", "head");
        CliRun matches = p.run("check");
        assertEquals(0, matches.exitCode(), matches.out() + matches.err());
        assertEquals("No changes in schema detected; no revision written.\n", p.ok("revision", "--autogenerate", "-m", "x"));

        p.ok("downgrade", "-1");
        Files.delete(generated(second));
        p.write("migrations/Model.java", FIRST);
        CliRun restored = p.run("check");
        assertEquals(0, restored.exitCode(), "the inferred downgrade restores the first schema: " + restored.out());

        p.ok("downgrade", "base");
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_history"), tables(c));
        }
    }

    @DatabaseTest
    void autogenerateAndCheckRefuseADatabaseThatIsNotAtHead(TestDatabase db) {
        TestProject p = project(dir.resolve("behind"), db.jdbcUrl(), FIRST);
        p.ok("revision", "--autogenerate", "-m", "initial");
        CliRun revision = p.run("revision", "--autogenerate", "-m", "more");
        assertEquals(ExitCodes.DATABASE, revision.exitCode());
        assertTrue(revision.err().startsWith("migrate: error: Target database is not up to date: it is at base, and 1 "
                + "revision(s) are not applied."), revision.err());
        CliRun check = p.run("check");
        assertEquals(ExitCodes.DATABASE, check.exitCode());
        assertEquals("No drift: 0 applied revision(s) match the scripts.\n", check.out());
        assertEquals("migrate: error: Target database is not up to date: it is at base, and 1 revision(s) are not applied. "
                + "Run 'migrate upgrade heads' first, or pass --offline to compare with the schema the revisions imply.\n",
                check.err());
        CliRun offline = p.run("check", "--offline");
        assertEquals(0, offline.exitCode(), offline.err());
        assertEquals("No differences: the schema the revisions imply matches the target model.\n", offline.out());
    }

    /** A new project on {@code url} whose target model is the Java class {@code model}. */
    static TestProject project(Path dir, String url, String model) {
        TestProject p = TestProject.init(dir, url);
        p.write("migrations/Model.java", model);
        try {
            Files.writeString(p.config, Files.readString(p.config) + "\ntarget_model: migrations/Model.java\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    /** The file a {@code revision} run wrote, from its "Generating FILE ...  done" line. */
    static Path generated(String out) {
        String line = out.lines().filter(l -> l.startsWith("Generating ")).findFirst().orElseThrow();
        return Path.of(line.replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", ""));
    }

    static List<String> detected(String out) {
        return out.lines().filter(l -> l.startsWith("Detected ")).toList();
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
