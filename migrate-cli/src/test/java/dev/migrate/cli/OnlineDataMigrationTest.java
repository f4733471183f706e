package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op.run(...)}: a revision reads rows through the migration's own connection, changes them
 * in Java and writes them back, in the migration's transaction; a failure inside rolls the step back
 * where DDL is transactional; offline scripts refuse it; its checksum keeps {@code check} clean.
 */
class OnlineDataMigrationTest {

    private static final String PEOPLE = """
            import static dev.migrate.api.Schema.column;
            import static dev.migrate.api.Schema.primaryKey;
            import static dev.migrate.api.schema.ColumnTypes.*;

            import dev.migrate.api.*;
            import java.util.*;

            @Revision(id = "aaaa0001", message = "people")
            class People implements Migration {
                public void upgrade(Operations op) {
                    op.createTable("people", column("id", INTEGER).notNull(), column("email", varchar(100)),
                            column("slug", varchar(100)), primaryKey("id"));
                    op.bulkInsert("people", List.of("id", "email"), List.of(List.of(1, " Ada.Lovelace@Example.COM "),
                            List.of(2, "ALAN.Turing@example.com"), Arrays.asList(3, null)));
                }
                public void downgrade(Operations op) {
                    op.dropTable("people");
                }
            }
            """;

    private static final String NORMALISE = """
            import dev.migrate.api.*;
            import java.sql.*;
            import java.util.*;

            @Revision(id = "bbbb0002", revises = "aaaa0001", message = "normalise emails")
            class Normalise implements Migration {
                public void upgrade(Operations op) {
                    op.run("normalise emails and derive slugs", c -> {
                        Map<Integer, String> emails = new TreeMap<>();
                        try (Statement s = c.createStatement();
                                ResultSet rs = s.executeQuery("SELECT id, email FROM people WHERE email IS NOT NULL")) {
                            while (rs.next()) {
                                emails.put(rs.getInt(1), rs.getString(2));
                            }
                        }
                        try (PreparedStatement update = c.prepareStatement("UPDATE people SET email = ?, slug = ? WHERE id = ?")) {
                            for (Map.Entry<Integer, String> e : emails.entrySet()) {
                                String email = e.getValue().strip().toLowerCase(Locale.ROOT);
                                update.setString(1, email);
                                update.setString(2, email.substring(0, email.indexOf('@')).replace('.', '-'));
                                update.setInt(3, e.getKey());
                                update.executeUpdate();
                            }
                        }
                    });
                }
                public void downgrade(Operations op) {
                }
            }
            """;

    private static final String FAILING = """
            import dev.migrate.api.*;

            @Revision(id = "cccc0003", revises = "bbbb0002", message = "half done")
            class HalfDone implements Migration {
                public void upgrade(Operations op) {
                    op.execute("CREATE TABLE t_c (id INTEGER)");
                    op.run("wipe emails, then fail", c -> {
                        try (java.sql.Statement s = c.createStatement()) {
                            s.executeUpdate("UPDATE people SET email = 'gone'");
                        }
                        throw new IllegalStateException("no slug for row 3");
                    });
                }
                public void downgrade(Operations op) {
                    op.execute("DROP TABLE t_c");
                }
            }
            """;

    @TempDir
    Path dir;

    private TestProject project(TestDatabase db) {
        TestProject p = TestProject.init(dir.resolve(db.kind().name().toLowerCase()), db.jdbcUrl());
        p.write("migrations/versions/1_people.java", PEOPLE);
        p.write("migrations/versions/2_normalise.java", NORMALISE);
        return p;
    }

    @DatabaseTest
    void aScriptReadsTransformsAndWritesRowsThroughTheMigrationsConnection(TestDatabase db) throws Exception {
        TestProject p = project(db);
        assertEquals("Running upgrade  -> aaaa0001, people\nRunning upgrade aaaa0001 -> bbbb0002, normalise emails\n",
                p.ok("upgrade", "head"));
        List<String> normalised = List.of("1 ada.lovelace@example.com ada-lovelace", "2 alan.turing@example.com alan-turing",
                "3 null null");
        try (Connection c = db.connect()) {
            assertEquals(normalised, people(c));
            assertEquals(List.of("bbbb0002"), OfflineQuickstartTest.versions(c));
        }
        assertEquals("No drift: 2 applied revision(s) match the scripts.\n", p.ok("check"));

        // A failure inside the data migration: its writes are rolled back on every database (they are
        // data); the step's DDL too where DDL is transactional.
        Path failing = p.write("migrations/versions/3_failing.java", FAILING);
        CliRun run = p.run("upgrade", "head");
        assertEquals(ExitCodes.DATABASE, run.exitCode(), run.err());
        String failed = "migrate: error: Upgrade bbbb0002 -> cccc0003, half done failed at statement 2 of 3 [-- Java data "
                + "migration: wipe emails, then fail]: the data migration threw IllegalStateException: no slug for row 3. ";
        boolean transactionalDdl = db.kind() != DatabaseKind.MYSQL;
        assertEquals(failed + (transactionalDdl
                ? "Its transaction was rolled back; the version table is still at bbbb0002. Fix the script and run again.\n"
                : "The mysql database commits DDL at once, so this step may be half applied while the version table still "
                        + "says bbbb0002. Fix the script and the database, then run 'migrate stamp cccc0003' if the step's "
                        + "changes are all in place, or 'migrate stamp bbbb0002' to retry the step with the next run.\n"),
                run.err());
        try (Connection c = db.connect()) {
            assertEquals(normalised, people(c));
            assertEquals(transactionalDdl, !OfflineQuickstartTest.tables(c).contains("t_c"));
            assertEquals(List.of("bbbb0002"), OfflineQuickstartTest.versions(c));
        }
        Files.delete(failing);

        // The checksum covers the description: renaming what the data migration does is drift.
        p.write("migrations/versions/2_normalise.java", NORMALISE.replace("normalise emails and derive slugs", "derive slugs"));
        CliRun check = p.run("check");
        assertEquals(ExitCodes.CHECK_FAILED, check.exitCode(), check.err());
        assertTrue(check.out().startsWith("Revision bbbb0002 changed since it was applied"), check.out());
    }

    @DatabaseTest
    void offlineScriptsRefuseADataMigration(TestDatabase db) {
        CliRun run = project(db).run("upgrade", "head", "--sql");
        assertEquals(ExitCodes.REVISION, run.exitCode());
        assertEquals("migrate: error: Revision bbbb0002 runs Java code with the database connection (op.run, Java data "
                + "migration: normalise emails and derive slugs), which an offline script cannot hold; run the upgrade "
                + "online (without --sql), or write the change as SQL with op.execute, op.update or op.bulkInsert.\n", run.err());
        assertEquals("", run.out());
    }

    private static List<String> people(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, email, slug FROM people ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
