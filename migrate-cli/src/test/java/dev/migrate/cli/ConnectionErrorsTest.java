package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Connection failures against the real servers: one line, the cause, the fix, never the password. */
class ConnectionErrorsTest {

    private static final String SECRET = "S3cretPa55word";

    @TempDir
    Path dir;

    private CliRun current(String url) {
        TestProject p = TestProject.init(dir.resolve("p"), url);
        return p.run("current");
    }

    private static String withPassword(String url, String password) {
        String stripped = url.replaceAll("([?&])password=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return stripped + (stripped.contains("?") ? "&" : "?") + "password=" + password;
    }

    @DatabaseTest(DatabaseKind.MYSQL)
    void wrongPasswordNamesTheLoginProblemAndHidesThePassword(TestDatabase db) {
        CliRun run = current(withPassword(db.jdbcUrl(), SECRET));
        assertEquals(ExitCodes.DATABASE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("migrate: error: Cannot connect to jdbc:mariadb://"), run.err());
        assertTrue(run.err().contains("password=***"), run.err());
        assertTrue(run.err().contains("Access denied"), run.err());
        assertTrue(run.err().contains("(check the user and password"), run.err());
        assertFalse(run.err().contains(SECRET), run.err());
        assertEquals("", run.out());
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.MYSQL})
    void missingDatabaseSaysToCreateIt(TestDatabase db) {
        String url = db.jdbcUrl().replace("/" + db.name(), "/no_such_database_x");
        CliRun run = current(url);
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no_such_database_x"), run.err());
        assertTrue(run.err().endsWith("(the database does not exist: create it first, or fix the database name in the URL)\n"),
                run.err());
        assertFalse(run.err().contains("password=migrate"), run.err());
    }

    @DatabaseTest({DatabaseKind.POSTGRES, DatabaseKind.MYSQL})
    void verboseOutputMasksThePassword(TestDatabase db) {
        String password = passwordOf(db.jdbcUrl());
        TestProject p = TestProject.init(dir.resolve("v"), db.jdbcUrl().contains("password=") ? db.jdbcUrl()
                : withPassword(db.jdbcUrl(), SECRET));
        String out = p.ok("current", "-v");
        assertTrue(out.startsWith("Current revision(s) for jdbc:"), out);
        assertTrue(out.contains("password=***"), out);
        assertFalse(out.contains("password=" + (password.isEmpty() ? SECRET : password)), out);
    }

    private static String passwordOf(String url) {
        int at = url.indexOf("password=");
        if (at < 0) {
            return "";
        }
        int end = url.indexOf('&', at);
        return url.substring(at + "password=".length(), end < 0 ? url.length() : end);
    }
}
