package dev.migrate.api.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement a dialect rendered for an operation, without the trailing {@code ;}.
 *
 * @param sql the statement text; for a guard, what an offline script holds in its place (a
 *     statement that fails the script, or a {@code --} comment when a script cannot check)
 * @param transactional whether it may run inside the migration's transaction; {@code false} for
 *     statements a database refuses in a transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY})
 * @param guard for a guard, the query an online run evaluates instead of {@code sql}: each row it
 *     returns is one reason (its first column) to stop, and the step fails naming them
 */
public record Statement(String sql, boolean transactional, Optional<String> guard) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(guard, "guard");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("A statement needs SQL text");
        }
    }

    public Statement(String sql, boolean transactional) {
        this(sql, transactional, Optional.empty());
    }

    /** A statement that runs inside the migration's transaction. */
    public static Statement of(String sql) {
        return new Statement(sql, true);
    }

    /** A statement that must run outside any transaction. */
    public static Statement outsideTransaction(String sql) {
        return new Statement(sql, false);
    }

    /**
     * A check inside the migration's transaction: online, {@code query} runs and every row it
     * returns names a reason to stop; offline scripts hold {@code offline} instead.
     */
    public static Statement guard(String query, String offline) {
        return new Statement(offline, true, Optional.of(query));
    }

    /** Whether this is a comment only (an offline guard that cannot check): scripts write it without {@code ;}. */
    public boolean comment() {
        return sql.strip().startsWith("--") && sql.lines().allMatch(l -> l.strip().startsWith("--"));
    }

    @Override
    public String toString() {
        return sql;
    }
}
