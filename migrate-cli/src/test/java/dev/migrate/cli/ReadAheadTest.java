package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that read the version table once start on it while picocli still parses the command
 * line; the connection waits until the command line turned out valid, so bad input changes
 * nothing: on SQLite, opening a database that does not exist would create its file.
 */
class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void aBadOptionLeavesNoSqliteFileBehind() throws Exception {
        TestProject p = TestProject.init(dir.resolve("p"), "jdbc:sqlite:" + dir.resolve("p/migrate.db"));
        Path database = dir.resolve("p/migrate.db");
        for (String command : new String[] {"current", "check"}) {
            CliRun run = CliRun.of("-c", p.config.toString(), command, "--no-such-option");
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        }
        CliRun history = CliRun.of("-c", p.config.toString(), "history", "-i", "--no-such-option");
        assertEquals(ExitCodes.USAGE, history.exitCode(), history.err());
        // The read-ahead threads run on in this JVM (a process would have exited): give them time to connect.
        Thread.sleep(1_000);
        assertFalse(Files.exists(database), "bad input created " + database);

        CliRun current = CliRun.of("-c", p.config.toString(), "current");
        assertEquals(0, current.exitCode(), current.err());
        assertTrue(Files.exists(database), "a valid current opens the database");
    }
}
