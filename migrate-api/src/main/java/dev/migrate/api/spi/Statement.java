package dev.migrate.api.spi;

import java.util.Objects;

/**
 * One SQL statement a dialect rendered for an operation, without the trailing {@code ;}.
 *
 * @param sql the statement text
 * @param transactional whether it may run inside the migration's transaction; {@code false} for
 *     statements a database refuses in a transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY})
 */
public record Statement(String sql, boolean transactional) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("A statement needs SQL text");
        }
    }

    /** A statement that runs inside the migration's transaction. */
    public static Statement of(String sql) {
        return new Statement(sql, true);
    }

    /** A statement that must run outside any transaction. */
    public static Statement outsideTransaction(String sql) {
        return new Statement(sql, false);
    }

    @Override
    public String toString() {
        return sql;
    }
}
