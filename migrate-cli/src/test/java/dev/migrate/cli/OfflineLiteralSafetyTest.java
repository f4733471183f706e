package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 generated strings full of quotes, backslashes, newlines, unicode, {@code $$}, {@code --}
 * and {@code /*} go through a bulk insert in an offline script, run by the database's own client,
 * and come back byte-for-byte equal.
 */
class OfflineLiteralSafetyTest {

    private static final int COUNT = 10_000;
    private static final String[] PIECES = {"'", "''", "\\", "\\\\", "\\'", "\"", "\n", "\r\n", "\t", "$$", "$tag$", "--",
        "/*", "*/", "#", ";", "%", "_", "{fn now()}", "{d '2020-01-01'}", "?", ":name", "é", "ß", "中文", "😀", "\u2028",
        "\u001a", "\b", " ", "a", "Z", "0", "SELECT", "NULL", "E'", "N'", "\\x00", "x'41'"};

    @TempDir
    Path dir;

    /** The strings, the same on every run. */
    static List<String> strings() {
        Random random = new Random(20260117);
        List<String> strings = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = random.nextInt(8);
            for (int j = 0; j < pieces; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            strings.add(s.toString());
        }
        return strings;
    }

    @DatabaseTest
    void tenThousandTrickyStringsRoundTrip(TestDatabase db) throws Exception {
        List<String> strings = strings();
        Path project = dir.resolve("p");
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.yaml"), "script_location: migrations\nurl: " + db.jdbcUrl() + "\n");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < strings.size(); i++) {
            rows.append(i == 0 ? "" : ",\n").append("{\"id\": ").append(i).append(", \"s\": ").append(json(strings.get(i))).append('}');
        }
        Files.writeString(project.resolve("migrations/versions/1_strings.json"), """
                {"revision": "ffff0001", "message": "tricky strings",
                 "upgrade": [
                   {"create_table": {"name": "strings", "columns": [
                      {"name": "id", "type": "integer", "nullable": false}, {"name": "s", "type": "text"}],
                    "primary_key": ["id"]}},
                   {"bulk_insert": {"table": "strings", "rows": [
                """ + rows + "\n]}}],\n \"downgrade\": [{\"drop_table\": \"strings\"}]}\n");
        Path script = dir.resolve("up.sql");
        TestProject.open(project).ok("upgrade", "head", "--sql", "--output", script.toString());

        SqlClient.run(db, script);
        List<String> read = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT s FROM strings ORDER BY id")) {
            while (rs.next()) {
                read.add(rs.getString(1));
            }
        }
        assertEquals(strings.size(), read.size());
        for (int i = 0; i < strings.size(); i++) {
            assertEquals(strings.get(i), read.get(i), "string " + i);
        }
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x2028) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
