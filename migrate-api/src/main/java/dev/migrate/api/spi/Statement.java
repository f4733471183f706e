package dev.migrate.api.spi;

import dev.migrate.api.operation.DataMigration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement a dialect rendered for an operation, without the trailing {@code ;}. Offline
 * scripts, checksums and messages use {@link #sql()}; an online run executes {@link #parameters()}
 * instead when present (batched with its neighbours of the same SQL), and calls
 * {@link #dataMigration()} instead of any SQL when present.
 *
 * @param sql the statement text; for a data migration, a comment naming it
 * @param transactional whether it may run inside the migration's transaction; {@code false} for
 *     statements a database refuses in a transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY})
 * @param parameters the same statement with {@code ?} placeholders and its values, for a prepared
 *     statement online
 * @param dataMigration Java code to run online with the migration's connection instead of SQL
 */
public record Statement(String sql, boolean transactional, Optional<Parameters> parameters,
        Optional<DataMigration> dataMigration) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("A statement needs SQL text");
        }
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dataMigration, "dataMigration");
        if (parameters.isPresent() && dataMigration.isPresent()) {
            throw new IllegalArgumentException("A statement is SQL or a data migration, not both");
        }
    }

    public Statement(String sql, boolean transactional) {
        this(sql, transactional, Optional.empty(), Optional.empty());
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
     * A statement written with literals ({@code sql}) that runs online as {@code parameterized} with
     * {@code values} bound, storing the same values.
     */
    public static Statement prepared(String sql, String parameterized, List<Object> values) {
        return new Statement(sql, true, Optional.of(new Parameters(parameterized, values)), Optional.empty());
    }

    /** Java code run online in the migration's transaction, named by {@code description}. */
    public static Statement dataMigration(String description, DataMigration migration) {
        return new Statement("-- Java data migration: " + description.replaceAll("[\\r\\n]+", " "), true,
                Optional.empty(), Optional.of(migration));
    }

    @Override
    public String toString() {
        return sql;
    }

    /**
     * A statement with {@code ?} placeholders and the values to bind to them, in order (any type
     * {@link Dialect#literal(Object)} takes, {@code null} included).
     */
    public record Parameters(String sql, List<Object> values) {

        public Parameters {
            Objects.requireNonNull(sql, "sql");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
