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
 * @param sql the statement text; for a guard or a restore, what an offline script holds in its
 *     place (for a guard, a statement that fails the script, or a {@code --} comment when a script
 *     cannot check)
 * @param placement where it runs relative to the transaction that holds the step
 * @param query what an online run evaluates instead of {@code sql}: for a guard (placed in the
 *     transaction), each row it returns is one reason (its first column) to stop, and the step
 *     fails naming them; for a restore (placed after the transaction), it runs before the
 *     transaction opens, and each row it returns is a statement (its first column) run after the
 *     transaction ends
 * @param parameters the same statement with {@code ?} placeholders and its values, for a prepared
 *     statement online (a bulk insert's row)
 * @param dataMigration Java code to run online with the migration's connection instead of SQL
 *     ({@code sql} is then a comment naming it)
 */
public record Statement(String sql, Placement placement, Optional<String> query, Optional<Parameters> parameters,
        Optional<DataMigration> dataMigration) {

    /** Where a statement runs relative to the transaction that holds its step. */
    public enum Placement {
        /** Inside the step's transaction: almost every statement. */
        TRANSACTION,
        /**
         * Outside any transaction, the open one committed first: statements a database refuses in a
         * transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY}).
         */
        OUTSIDE_TRANSACTION,
        /**
         * Before the transaction that holds the step opens (with one transaction for the whole run,
         * before that one): connection settings a database ignores inside a transaction (SQLite
         * {@code PRAGMA foreign_keys}). The same statement asked for by several steps runs once.
         */
        BEFORE_TRANSACTION,
        /**
         * After the transaction that holds the step ends, committed or rolled back, also when the
         * step failed: a setting made before the transaction put back.
         */
        AFTER_TRANSACTION
    }

    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(query, "query");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("A statement needs SQL text");
        }
        if (query.isPresent() && placement != Placement.TRANSACTION && placement != Placement.AFTER_TRANSACTION) {
            throw new IllegalArgumentException("Only a guard (in the transaction) or a restore (after it) has a query, not "
                    + placement);
        }
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dataMigration, "dataMigration");
        if (parameters.isPresent() && dataMigration.isPresent()) {
            throw new IllegalArgumentException("A statement is SQL or a data migration, not both");
        }
        if ((parameters.isPresent() || dataMigration.isPresent()) && (query.isPresent() || placement != Placement.TRANSACTION)) {
            throw new IllegalArgumentException("A prepared statement or data migration runs in the transaction, without a query");
        }
    }

    /** A plain SQL statement placed as {@code placement}, with an optional guard or restore query. */
    public Statement(String sql, Placement placement, Optional<String> query) {
        this(sql, placement, query, Optional.empty(), Optional.empty());
    }

    /** A statement that runs inside the migration's transaction. */
    public static Statement of(String sql) {
        return new Statement(sql, Placement.TRANSACTION, Optional.empty());
    }

    /** A statement that must run outside any transaction. */
    public static Statement outsideTransaction(String sql) {
        return new Statement(sql, Placement.OUTSIDE_TRANSACTION, Optional.empty());
    }

    /**
     * A check inside the migration's transaction: online, {@code query} runs and every row it
     * returns names a reason to stop; offline scripts hold {@code offline} instead.
     */
    public static Statement guard(String query, String offline) {
        return new Statement(offline, Placement.TRANSACTION, Optional.of(query));
    }

    /** A connection setting made before the transaction that holds the step opens. */
    public static Statement beforeTransaction(String sql) {
        return new Statement(sql, Placement.BEFORE_TRANSACTION, Optional.empty());
    }

    /**
     * A setting put back after the transaction that holds the step ends: online, {@code read} runs
     * before the transaction opens (before the statements placed there) and each row it returns
     * is a statement run after the transaction ends, so only what was on is restored; offline
     * scripts, which cannot read the session, hold {@code offline} after the transaction.
     */
    public static Statement restoreAfterTransaction(String read, String offline) {
        return new Statement(offline, Placement.AFTER_TRANSACTION, Optional.of(read));
    }

    /** Whether it runs inside the step's transaction. */
    public boolean transactional() {
        return placement == Placement.TRANSACTION;
    }

    /** The query of a guard; empty for other statements. */
    public Optional<String> guard() {
        return placement == Placement.TRANSACTION ? query : Optional.empty();
    }

    /** Whether it runs before or after the step's transaction rather than in its order among the step's statements. */
    public boolean aroundTransaction() {
        return placement == Placement.BEFORE_TRANSACTION || placement == Placement.AFTER_TRANSACTION;
    }

    /** Whether this is a comment only (an offline guard that cannot check): scripts write it without {@code ;}. */
    public boolean comment() {
        return sql.strip().startsWith("--") && sql.lines().allMatch(l -> l.strip().startsWith("--"));
    }

    /**
     * A statement written with literals ({@code sql}) that runs online as {@code parameterized} with
     * {@code values} bound, storing the same values.
     */
    public static Statement prepared(String sql, String parameterized, List<Object> values) {
        return new Statement(sql, Placement.TRANSACTION, Optional.empty(), Optional.of(new Parameters(parameterized, values)),
                Optional.empty());
    }

    /** Java code run online in the migration's transaction, named by {@code description}. */
    public static Statement dataMigration(String description, DataMigration migration) {
        return new Statement("-- Java data migration: " + description.replaceAll("[\\r\\n]+", " "),
                Placement.TRANSACTION, Optional.empty(), Optional.empty(), Optional.of(migration));
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
