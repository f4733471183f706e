package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden offline scripts of a project with a branch (labelled), a merge, data and tricky
 * literals, for each dialect: the generated SQL equals the checked-in file exactly (regenerate on
 * purpose with {@code -Dgolden.regenerate=true}), and the real client runs it: upgrade to the
 * expected catalog and data, downgrade to an empty version table.
 */
class OfflineGoldenTest {

    private static final Path SOURCE = Path.of("src", "test", "resources", "offline", "branchmerge");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "offline");

    @TempDir
    Path dir;

    @DatabaseTest
    void branchAndMergeScripts(TestDatabase db) throws Exception {
        TestProject p = copy(db);
        String dialect = switch (db.kind()) {
            case POSTGRES -> "postgres";
            case MYSQL -> "mysql";
            case SQLITE -> "sqlite";
        };
        Path up = golden(p, dialect + ".up.sql", "upgrade", "heads");
        Path down = golden(p, dialect + ".down.sql", "downgrade", "eeee0005:base");

        SqlClient.run(db, up);
        try (Connection c = db.connect()) {
            assertEquals(List.of("accounts", "invoices", "migrate_version"), OfflineQuickstartTest.tables(c));
            assertEquals(List.of("id", "name", "balance", "note", "created", "email"), OfflineQuickstartTest.columns(c, "accounts"));
            assertEquals(List.of("accounts.id ON DELETE CASCADE"), OfflineQuickstartTest.foreignKeys(c, "invoices"));
            assertEquals(List.of("ix_accounts_email", "ix_accounts_name"), OfflineQuickstartTest.indexes(c, "accounts"));
            assertEquals(List.of("ix_invoices_account_id"), OfflineQuickstartTest.indexes(c, "invoices"));
            assertEquals(List.of("id"), primaryKey(c, "invoices"));
            // The unique index and the CHECK constraint are enforced by the database itself.
            assertThrows(SQLException.class, () -> OfflineQuickstartTest.execute(c,
                    "INSERT INTO accounts (name, balance, email) VALUES ('dup', 1, 'ob@example.com')"));
            assertThrows(SQLException.class, () -> OfflineQuickstartTest.execute(c,
                    "INSERT INTO invoices (account_id, amount, status) VALUES (1, 5, 'lost')"));
            assertEquals(List.of("eeee0005"), OfflineQuickstartTest.versions(c));
            assertEquals(List.of("O'Brien & Sons|O'Brien & Sons (ob@example.com)",
                    "Back\\slash -- not a comment /* nor this */|$$ dollar $$"), rows(c));
        }
        SqlClient.run(db, down);
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version"), OfflineQuickstartTest.tables(c));
            assertEquals(List.of(), OfflineQuickstartTest.versions(c));
        }
    }

    private Path golden(TestProject p, String name, String command, String range) throws IOException {
        Path generated = dir.resolve(name);
        p.ok(command, range, "--sql", "--output", generated.toString());
        Path expected = GOLDEN.resolve("branchmerge." + name);
        if (Boolean.getBoolean("golden.regenerate")) {
            Files.copy(generated, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(expected), Files.readString(generated), "golden file " + expected
                + " differs; if the change is intended, rerun with -Dgolden.regenerate=true and review the diff");
        return generated;
    }

    private TestProject copy(TestDatabase db) throws IOException {
        Path project = dir.resolve("branchmerge");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path source : files.toList()) {
                Path target = project.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.writeString(project.resolve("migrate.yaml"), "script_location: migrations\nurl: " + db.jdbcUrl() + "\n");
        return TestProject.open(project);
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), null, table)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<String> rows(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, note FROM accounts ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }
}
