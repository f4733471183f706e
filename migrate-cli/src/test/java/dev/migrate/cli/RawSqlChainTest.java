package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table created by raw SQL in one revision and changed by operations in later ones: the schema
 * replay cannot know the table, and must tolerate it across revisions, offline and online.
 */
class RawSqlChainTest {

    @TempDir
    Path dir;

    @DatabaseTest
    void operationsOnATableThatRawSqlCreated(TestDatabase db) throws Exception {
        TestProject p = TestProject.init(dir.resolve("p"), db.jdbcUrl());
        p.write("migrations/versions/1_a.yaml", """
                revision: aaaa0001
                message: raw table
                upgrade:
                  - execute: {sql: "CREATE TABLE legacy (id INTEGER)"}
                downgrade:
                  - execute: {sql: "DROP TABLE legacy"}
                """);
        p.write("migrations/versions/2_b.yaml", """
                revision: bbbb0002
                revises: aaaa0001
                message: add to it
                upgrade:
                  - add_column: {table: legacy, column: {name: note, type: "varchar(20)"}}
                downgrade:
                  - drop_column: {table: legacy, column: note}
                """);
        String script = p.ok("upgrade", "head", "--sql");
        assertTrue(script.contains("-- Running upgrade aaaa0001 -> bbbb0002, add to it\nALTER TABLE legacy ADD COLUMN note VARCHAR(20);"),
                script);
        p.ok("upgrade", "head");
        p.ok("upgrade", "head");   // a second run checks the applied revisions for drift: renders them again
        try (Connection c = db.connect()) {
            assertEquals(List.of("id", "note"), OfflineQuickstartTest.columns(c, "legacy"));
        }
        p.ok("downgrade", "base");
        try (Connection c = db.connect()) {
            assertTrue(!OfflineQuickstartTest.tables(c).contains("legacy"));
        }
    }
}
