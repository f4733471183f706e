package dev.migrate.cli;

import static dev.migrate.cli.AutogenerateTest.HEADER;
import static dev.migrate.cli.AutogenerateTest.detected;
import static dev.migrate.cli.AutogenerateTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.TestDatabase;
import dev.migrate.tck.UsesDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL enum values added, reordered and removed: detected (Alembic misses them), rendered, applied and undone. */
@UsesDatabase(DatabaseKind.POSTGRES)
class AutogeneratePostgresEnumTest {

    @TempDir
    Path dir;

    private static String model(String values) {
        return HEADER + "table(\"moods\", column(\"id\", INTEGER).notNull(), column(\"mood\", enumOf(\"mood\", " + values
                + ")), column(\"previous\", enumOf(\"mood\", " + values + ")), primaryKey(\"id\")));\n}\n}\n";
    }

    @Test
    void enumValueChanges(TestDatabase db) throws Exception {
        TestProject p = AutogenerateTest.project(dir.resolve("enum"), db.jdbcUrl(), model("\"happy\", \"sad\""));
        String first = id(p.ok("revision", "--autogenerate", "-m", "moods"));
        p.ok("upgrade", "head");
        execute(db, "INSERT INTO moods (id, mood, previous) VALUES (1, 'happy', 'sad')");

        p.write("migrations/Model.java", model("\"happy\", \"ok\", \"sad\", \"angry\""));
        String out = p.ok("revision", "--autogenerate", "-m", "more moods");
        assertEquals(List.of("Detected changed type of moods.mood: ENUM mood (happy, sad) -> ENUM mood (happy, ok, sad, angry)",
                "Detected changed type of moods.previous: ENUM mood (happy, sad) -> ENUM mood (happy, ok, sad, angry)"),
                detected(out));
        String second = id(out);
        assertEquals(List.of("ALTER TYPE mood ADD VALUE 'ok' BEFORE 'sad'", "ALTER TYPE mood ADD VALUE 'angry' AFTER 'sad'"),
                typeStatements(p.ok("upgrade", first + ":" + second, "--sql")));
        assertEquals(List.of("ALTER TYPE mood RENAME TO mood_old", "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                "ALTER TABLE moods ALTER COLUMN mood TYPE mood USING mood::text::mood",
                "ALTER TABLE moods ALTER COLUMN previous TYPE mood USING previous::text::mood", "DROP TYPE mood_old"),
                typeStatements(p.ok("downgrade", second + ":" + first, "--sql")));

        p.ok("upgrade", "head");
        assertEquals(0, p.run("check").exitCode());
        execute(db, "INSERT INTO moods (id, mood, previous) VALUES (2, 'angry', 'ok')");
        execute(db, "DELETE FROM moods WHERE id = 2");

        p.ok("downgrade", "-1");
        Files.delete(AutogenerateTest.generated(out));
        p.write("migrations/Model.java", model("\"happy\", \"sad\""));
        CliRun back = p.run("check");
        assertEquals(0, back.exitCode(), back.out());
    }

    private static String id(String out) throws Exception {
        String text = Files.readString(AutogenerateTest.generated(out));
        int start = text.indexOf("id = \"") + 6;
        return text.substring(start, text.indexOf('"', start));
    }

    /** The enum-type statements of an offline script. */
    private static List<String> typeStatements(String script) {
        return script.lines().filter(l -> l.startsWith("ALTER TYPE") || l.startsWith("CREATE TYPE") || l.startsWith("DROP TYPE")
                || l.startsWith("ALTER TABLE moods")).map(l -> l.replaceFirst(";$", "")).toList();
    }
}
