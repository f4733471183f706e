package dev.migrate.api.spi;

import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.SchemaModel;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A database dialect: what the database can do and how SQL is written for it. */
public interface Dialect {

    /** The name of the provider that created this dialect. */
    String name();

    /** What this database supports, as flags the engine plans with. */
    DialectCapabilities capabilities();

    /**
     * The identifier as written in SQL for this database: quoted only where it must be (reserved
     * words, upper-case or unusual characters), with the dialect's quote character.
     */
    String quoteIdentifier(String identifier);

    /**
     * The statements that carry out {@code operation} on a schema in state {@code before} (the
     * replayed schema, which MySQL {@code MODIFY} and PostgreSQL enum types need).
     *
     * @throws dev.migrate.api.MigrateException of kind {@code REVISION} when this database cannot
     *     do the operation; the one-line message names the operation, the dialect and the fix
     */
    List<Statement> render(Operation operation, SchemaModel before);

    /**
     * The statements that carry out a migration's operations, in order, each with the replayed
     * schema before and after it. By default each operation is rendered on its own; a dialect
     * overrides this to carry out several together (SQLite: one table rebuild for consecutive
     * changes that its {@code ALTER TABLE} cannot make).
     *
     * @throws dev.migrate.api.MigrateException of kind {@code REVISION} as {@link #render(Operation, SchemaModel)}
     */
    default List<Statement> render(List<ReplayedOperation> operations) {
        List<Statement> statements = new java.util.ArrayList<>();
        for (ReplayedOperation operation : operations) {
            statements.addAll(render(operation.operation(), operation.before()));
        }
        return statements;
    }

    /**
     * The SQL literal for a value: String, Integer, Long, Short, BigDecimal, BigInteger, Double,
     * Float, Boolean, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, UUID, byte[]
     * or {@code null}.
     *
     * @throws dev.migrate.api.MigrateException of kind {@code REVISION} for other types or values
     *     this database cannot store
     */
    String literal(Object value);

    /**
     * Binds {@code value} (any type {@link #literal(Object)} takes) to parameter {@code index} of
     * a prepared statement so that the database stores what the literal would store: online bulk
     * inserts run as batched prepared statements, offline scripts hold the literals.
     */
    default void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * Which entry (from 0) of a failed JDBC batch of {@code size} statements failed, as far as the
     * driver tells; empty when it does not. By default, the driver's update counts tell: a driver
     * that stops at the first failure returns the counts of the statements before it.
     */
    default OptionalInt failedBatchEntry(BatchUpdateException e, int size) {
        int[] counts = e.getUpdateCounts();
        return counts != null && counts.length < size ? OptionalInt.of(counts.length) : OptionalInt.empty();
    }

    /**
     * An SQL expression for the whole milliseconds since the current transaction began (PostgreSQL:
     * {@code clock_timestamp() - transaction_timestamp()}); empty where the database has none. With
     * {@linkplain DialectCapabilities#statementBatches() statement batches} and a transaction per
     * migration, a step's history row then travels in the step's own batch and records this as the
     * step's duration, rather than waiting for the step to end and costing a round trip of its own.
     */
    default Optional<String> transactionElapsedMillis() {
        return Optional.empty();
    }

    /**
     * What lets a run with a transaction per migration send several steps, each with its own
     * {@code COMMIT}, in one round trip and stay safe when it is killed (PostgreSQL); empty where
     * the database cannot, and then each step takes a round trip of its own. Needs
     * {@linkplain DialectCapabilities#commitsInBatch() commits in batches}, a
     * {@linkplain #transactionElapsedMillis() transaction's elapsed time},
     * {@linkplain #namedStatements() named statements} and a session {@linkplain #runLock() run lock}.
     */
    default Optional<StepGroups> stepGroups() {
        return Optional.empty();
    }

    /**
     * The statements that prepare a statement by name in SQL and run it, where the database has
     * them (PostgreSQL); empty where it has none. With a transaction per migration and
     * {@linkplain DialectCapabilities#commitsInBatch() commits in batches}, the history row's
     * {@code INSERT} is prepared once per run and executed in each step's batch.
     */
    default Optional<NamedStatements> namedStatements() {
        return Optional.empty();
    }

    /**
     * Statements an offline script runs first, so that the database's own client reads the rest as
     * intended (MySQL: {@code SET NAMES utf8mb4}, as clients may default to a 3-byte charset).
     */
    default List<Statement> scriptPreamble() {
        return List.of();
    }

    /** The statement that opens a transaction in an offline script. */
    default String beginTransaction() {
        return "BEGIN";
    }

    /** The statement that commits a transaction in an offline script. */
    default String commitTransaction() {
        return "COMMIT";
    }

    /**
     * The lock that serialises online runs; empty when this database has none, and runs are then
     * not serialised.
     */
    default Optional<RunLock> runLock() {
        return Optional.empty();
    }

    /**
     * The reader of this database's live schema, for autogenerate; empty when the dialect has
     * none, and autogenerate then works only offline (against the replayed schema).
     */
    default Optional<SchemaInspector> inspector() {
        return Optional.empty();
    }

    /**
     * The URL to hand to the JDBC driver for a configured URL; a dialect rewrites schemes its
     * driver spells differently (MariaDB Connector/J wants {@code jdbc:mariadb:} for MySQL).
     */
    default String driverUrl(String configuredUrl) {
        return configuredUrl;
    }

    /**
     * The JDBC driver for this dialect's URLs, when the dialect ships with it: connections then go
     * to it directly, where {@code DriverManager}'s first use loads and initialises every driver on
     * the class path (tens of milliseconds of a command-line run). Empty: {@code DriverManager}
     * finds the driver.
     */
    default Optional<Driver> driver() {
        return Optional.empty();
    }

    /**
     * Whether a table exists, looked up through JDBC metadata in {@code schema} (or the
     * connection's current schema when empty).
     */
    default boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schemaName = schema.orElse(connection.getSchema());
        for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT), table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(connection.getCatalog(), schemaName, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
