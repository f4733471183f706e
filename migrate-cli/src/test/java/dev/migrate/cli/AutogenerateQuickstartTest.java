package dev.migrate.cli;

import static dev.migrate.cli.AutogenerateTest.detected;
import static dev.migrate.cli.AutogenerateTest.execute;
import static dev.migrate.cli.OfflineQuickstartTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quickstart's target model: {@code check} passes at head and names a column added by hand;
 * from an empty database the model autogenerates one revision that builds the same schema as the
 * hand-written chain.
 */
class AutogenerateQuickstartTest {

    @TempDir
    Path dir;

    @DatabaseTest
    void checkPassesAtHeadAndNamesAColumnAddedByHand(TestDatabase db) throws Exception {
        TestProject p = TestProject.quickstart(dir.resolve("check"), db.jdbcUrl());
        assertEquals("No differences: the schema the revisions imply matches the target model.\n",
                p.ok("check", "--offline"), "the hand-written chain builds the model's schema");
        p.ok("upgrade", "head");
        assertEquals("No drift: 8 applied revision(s) match the scripts.\n"
                + "No differences: the database matches the target model.\n", p.ok("check"));

        execute(db, "ALTER TABLE users ADD COLUMN nickname VARCHAR(40)");
        CliRun differs = p.run("check");
        assertEquals(ExitCodes.MODEL_DIFFERS, differs.exitCode(), differs.err());
        assertEquals("No drift: 8 applied revision(s) match the scripts.\n"
                + "The target model differs from the database:\n"
                + "  removed column users.nickname\n", differs.out());

        // Tables outside the model that autogenerate should leave alone: excluded by pattern.
        execute(db, "ALTER TABLE users DROP COLUMN nickname");
        execute(db, "CREATE TABLE legacy_orders (id INTEGER PRIMARY KEY)");
        assertEquals(ExitCodes.MODEL_DIFFERS, p.run("check").exitCode());
        p.replaceInConfig("target_model:", "autogenerate:\n  exclude_tables: [legacy_*]\ntarget_model:");
        assertEquals(0, p.run("check").exitCode());
    }

    @DatabaseTest
    void theModelAutogeneratesTheChainFromAnEmptyDatabase(TestDatabase db) throws Exception {
        TestProject p = TestProject.quickstart(dir.resolve("empty"), db.jdbcUrl());
        try (Stream<Path> files = Files.list(p.dir.resolve("migrations/versions"))) {
            files.forEach(AutogenerateQuickstartTest::delete);
        }
        assertEquals(List.of("Detected added table users", "Detected added table api_keys", "Detected added table sys_user"),
                detected(p.ok("revision", "--autogenerate", "-m", "initial schema")));
        p.ok("upgrade", "head");
        assertEquals("No differences: the database matches the target model.\n",
                p.ok("check").lines().skip(1).map(l -> l + "\n").findFirst().orElse(""));
        assertEquals("No changes in schema detected; no revision written.\n",
                p.ok("revision", "--autogenerate", "-m", "again"));
        try (Connection c = db.connect()) {
            assertEquals(List.of("api_keys", "migrate_version", "migrate_version_history", "sys_user", "users"), tables(c));
            assertEquals(OfflineQuickstartTest.indexes(c, "users"), List.of("ix_users_email", "ix_users_is_active",
                    "ix_users_username"));
            assertEquals(List.of("users.id ON DELETE CASCADE"), OfflineQuickstartTest.foreignKeys(c, "api_keys"));
        }
        p.ok("downgrade", "base");
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_history"), tables(c));
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
