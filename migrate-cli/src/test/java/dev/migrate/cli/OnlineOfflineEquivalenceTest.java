package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.spi.Statement;
import dev.migrate.engine.execution.RunListener;
import dev.migrate.engine.execution.RunResult;
import dev.migrate.tck.DatabaseTest;
import dev.migrate.tck.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online run executes exactly the statements of the offline script for the same range, in the
 * same order: the version table's creation, every step's SQL and its version-table change.
 */
class OnlineOfflineEquivalenceTest {

    @TempDir
    Path dir;

    @DatabaseTest
    void onlineStatementsEqualTheOfflineScript(TestDatabase db) {
        TestProject p = TestProject.quickstart(dir.resolve("equal"), db.jdbcUrl());
        p.replaceInConfig("revision_id: timestamp", "revision_id: timestamp\nversion_table: equal_version");
        assertEquals(statements(p.ok("upgrade", "head", "--sql")), executed(p, true, "head"));
        assertEquals(statements(p.ok("downgrade", "head:base", "--sql")), executed(p, false, "base"));
    }

    @DatabaseTest
    void oneTransactionForTheWholeRunRunsTheSameStatements(TestDatabase db) {
        TestProject p = TestProject.quickstart(dir.resolve("whole"), db.jdbcUrl());
        p.replaceInConfig("revision_id: timestamp",
                "revision_id: timestamp\nversion_table: whole_version\ntransaction_per_migration: false");
        assertEquals(statements(p.ok("upgrade", "head", "--sql")), executed(p, true, "head"));
        assertEquals(List.of("20260117_1330"), p.migrator().currentRows());
        assertEquals(statements(p.ok("downgrade", "head:base", "--sql")), executed(p, false, "base"));
    }

    private static List<String> executed(TestProject p, boolean upgrade, String target) {
        List<String> sql = new ArrayList<>();
        RunListener capture = new RunListener() {
            @Override
            public void statementExecuted(Statement statement) {
                sql.add(statement.sql().strip());
            }
        };
        RunResult result = upgrade ? p.migrator().upgrade(target, capture) : p.migrator().downgrade(target, capture);
        assertEquals(8, result.applied().size());
        return sql;
    }

    /** The statements of an offline script: comments, BEGIN/COMMIT and the client preamble left out. */
    static List<String> statements(String script) {
        String body = String.join("\n", script.lines().filter(l -> !l.startsWith("-- ")).toList());
        return Arrays.stream(body.split(";\n\n")).map(s -> s.strip().replaceFirst(";$", ""))
                .filter(s -> !s.isEmpty() && !List.of("BEGIN", "COMMIT", "SET NAMES utf8mb4").contains(s)).toList();
    }
}
