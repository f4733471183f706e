package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrateCliTest {

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("migrate " + VersionProvider.version() + System.lineSeparator()), run.out());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.version());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("dialects"), run.out());
        assertTrue(run.out().contains("Exit Codes:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void unknownCommandIsOneLineUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("migrate: error: Unknown command 'frobnicate' (see 'migrate --help')"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void noCommandIsUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(List.of("migrate: error: Missing command (see 'migrate --help')"), run.err().lines().toList());
    }

    @Test
    void dialectsListsTheThreeBuiltIns() {
        CliRun run = CliRun.of("dialects");
        assertEquals(0, run.exitCode(), run.err());
        List<String> names = run.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of("mysql", "postgres", "sqlite"), names);
        assertTrue(run.out().contains("jdbc:mysql: jdbc:mariadb:"), run.out());
    }
}
