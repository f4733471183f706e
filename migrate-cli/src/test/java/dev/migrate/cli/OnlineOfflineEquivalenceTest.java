package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.discovery.DialectRegistry;
import dev.migrate.engine.execution.RunListener;
import dev.migrate.engine.execution.RunResult;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online run executes exactly the statements of the offline script for the same range, in the
 * same order: the version table's creation, every step's SQL and its version-table change. A bulk
 * insert's rows run online as a prepared statement with bound values: the test checks that the
 * prepared SQL with each {@code ?} replaced by the literal of its bound value is the offline text.
 */
class OnlineOfflineEquivalenceTest {

    @TempDir
    Path dir;

    @DatabaseTest
    void onlineStatementsEqualTheOfflineScript(TestDatabase db) {
        TestProject p = withBulkInsert(TestProject.quickstart(dir.resolve("equal"), db.jdbcUrl()));
        p.replaceInConfig("revision_id: timestamp", "revision_id: timestamp\nversion_table: equal_version");
        assertEquals(statements(p.ok("upgrade", "head", "--sql")), executed(p, true, "head"));
        assertEquals(statements(p.ok("downgrade", "head:base", "--sql")), executed(p, false, "base"));
    }

    @DatabaseTest
    void oneTransactionForTheWholeRunRunsTheSameStatements(TestDatabase db) {
        TestProject p = withBulkInsert(TestProject.quickstart(dir.resolve("whole"), db.jdbcUrl()));
        p.replaceInConfig("revision_id: timestamp",
                "revision_id: timestamp\nversion_table: whole_version\ntransaction_per_migration: false");
        assertEquals(statements(p.ok("upgrade", "head", "--sql")), executed(p, true, "head"));
        assertEquals(List.of("20260117_1400"), p.migrator().currentRows());
        assertEquals(statements(p.ok("downgrade", "head:base", "--sql")), executed(p, false, "base"));
    }

    /** The quickstart with a ninth revision that bulk-inserts rows of several types. */
    private static TestProject withBulkInsert(TestProject p) {
        p.write("migrations/versions/20260117_1400_seed_sys_users.java", """
                import dev.migrate.api.*;
                import java.util.*;

                @Revision(id = "20260117_1400", revises = "20260117_1330", message = "Seed sys users")
                class SeedSysUsers implements Migration {
                    public void upgrade(Operations op) {
                        op.bulkInsert("sys_user", List.of("id", "username"), List.of(List.of(1, "root"),
                                List.of(2, "O'Reilly"), List.of(3, "back\\\\slash")));
                        op.bulkInsert("users", List.of("username", "email", "hashed_password", "is_active",
                                "created_at"), List.of(List.of("ann", "a@example.com", "x", true,
                                java.time.LocalDateTime.of(2026, 1, 17, 14, 0))));
                    }
                    public void downgrade(Operations op) {
                        op.delete("users", "email = 'a@example.com'");
                        op.delete("sys_user", "id <= 3");
                    }
                }
                """);
        return p;
    }

    private static List<String> executed(TestProject p, boolean upgrade, String target) {
        Dialect dialect = DialectRegistry.load().select(Optional.empty(), p.migrator().config().database().url().orElseThrow())
                .create();
        List<String> sql = new ArrayList<>();
        RunListener capture = new RunListener() {
            @Override
            public void statementExecuted(Statement statement) {
                sql.add(statement.parameters().map(prepared -> withLiterals(prepared, dialect)).orElse(statement.sql()).strip());
            }
        };
        RunResult result = upgrade ? p.migrator().upgrade(target, capture) : p.migrator().downgrade(target, capture);
        assertEquals(9, result.applied().size());
        return sql;
    }

    /** A prepared statement's SQL with each {@code ?} replaced by the dialect's literal of its bound value. */
    private static String withLiterals(Statement.Parameters prepared, Dialect dialect) {
        String[] pieces = prepared.sql().split("\\?", -1);
        assertEquals(prepared.values().size() + 1, pieces.length, prepared.sql());
        StringBuilder text = new StringBuilder(pieces[0]);
        for (int i = 0; i < prepared.values().size(); i++) {
            text.append(dialect.literal(prepared.values().get(i))).append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** The statements of an offline script: comments, BEGIN/COMMIT and the client preamble left out. */
    static List<String> statements(String script) {
        String body = String.join("\n", script.lines().filter(l -> !l.startsWith("-- ")).toList());
        return Arrays.stream(body.split(";\n\n")).map(s -> s.strip().replaceFirst(";$", ""))
                .filter(s -> !s.isEmpty() && !List.of("BEGIN", "COMMIT", "SET NAMES utf8mb4").contains(s)).toList();
    }
}
