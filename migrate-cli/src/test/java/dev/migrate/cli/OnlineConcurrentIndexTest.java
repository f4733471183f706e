package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's {@code CREATE INDEX CONCURRENTLY} runs outside the step's transaction, and the run
 * lock's own connection does not make it wait: the upgrade completes and so does the downgrade.
 */
class OnlineConcurrentIndexTest {

    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRES)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentIndexRunsOutsideTheTransaction(TestDatabase db) throws SQLException {
        TestProject p = TestProject.init(dir.resolve("cic"), db.jdbcUrl());
        p.write("migrations/versions/1_c.java", """
                import dev.migrate.api.*;
                import static dev.migrate.api.Schema.*;
                import static dev.migrate.api.schema.ColumnTypes.INTEGER;

                @Revision(id = "cccc0001", revises = {}, message = "indexed table")
                class Rcccc0001 implements Migration {
                    public void upgrade(Operations op) {
                        op.createTable("t_c", column("id", INTEGER));
                        op.createIndex("t_c", index("ix_t_c_id", "id"), Operations.IndexOption.CONCURRENTLY);
                        op.execute("INSERT INTO t_c (id) VALUES (1)");
                    }
                    public void downgrade(Operations op) {
                        op.dropIndex("t_c", "ix_t_c_id", Operations.IndexOption.CONCURRENTLY);
                        op.dropTable("t_c");
                    }
                }
                """);
        assertEquals("Running upgrade  -> cccc0001, indexed table\n", p.ok("upgrade", "head"));
        try (Connection c = db.connect()) {
            assertEquals(List.of("ix_t_c_id"), OfflineQuickstartTest.indexes(c, "t_c"));
            assertEquals(List.of("cccc0001"), OfflineQuickstartTest.versions(c));
        }
        p.ok("downgrade", "base");
        try (Connection c = db.connect()) {
            assertEquals(List.of("migrate_version", "migrate_version_history"), OfflineQuickstartTest.tables(c));
        }
    }
}
