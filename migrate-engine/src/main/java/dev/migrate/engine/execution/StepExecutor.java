package dev.migrate.engine.execution;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.Statement;
import dev.migrate.api.spi.StepGroups;
import dev.migrate.engine.plan.VersionChange;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.HistoryTable;
import dev.migrate.engine.runtime.VersionTable;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rendered step through JDBC: its statements, then its version-table statements, exactly
 * as rendered (the offline script holds the same text), except that a bulk insert's rows run as one
 * batch of a prepared statement with the values bound, and a data migration's Java code is called
 * with the connection. Escape processing is off, so drivers leave {@code {fn ...}} and
 * {@code {d ...}} inside literals alone. Each step ends with its row in the history table, in the
 * transaction that changed the version table.
 *
 * <p>Where the dialect has {@linkplain dev.migrate.api.spi.DialectCapabilities#statementBatches()
 * statement batches}, consecutive plain statements and the version-table statements after them go
 * as one JDBC batch (one round trip), split around guards, prepared statements, data migrations and
 * statements outside the transaction, which run in their place as before. With a transaction per
 * migration and a dialect that {@linkplain dev.migrate.api.spi.DialectCapabilities#commitsInBatch()
 * commits in batches}, a step's batch opens with the previous step's {@code COMMIT} and ends with
 * its own history row, with the duration the database measures
 * ({@link Dialect#transactionElapsedMillis()}): one round trip per step, or, where the dialect has
 * {@linkplain Dialect#stepGroups() step groups}, per group of steps, each with its own
 * {@code BEGIN} and {@code COMMIT} ({@link #runCommitting}). Otherwise the history row, whose
 * duration is known only once the step's statements ran, goes with the next batch of the same
 * transaction, or just before it commits
 * ({@link #flush()}); rows that wait together go as one statement. With one transaction for the
 * run, consecutive steps of plain SQL travel together ({@link #runTogether}).
 */
final class StepExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(StepExecutor.class);
    /** How many of a guard's reasons a failure names. */
    private static final int GUARD_REASONS = 10;

    private final java.sql.Statement jdbc;
    private final Connection connection;
    private final Dialect dialect;
    private final Transactions transactions;
    private final RunListener listener;
    private final HistoryTable history;
    private final String user;
    /** Whether a step's plain statements, version-table change and history row travel as batches. */
    private final boolean batches;
    /** The batches, with {@link #batches}. */
    private final StatementBatches sender;
    /** The database's measure of a transaction's time so far, for history rows in a step's own batch. */
    private final Optional<String> transactionElapsed;
    /**
     * Whether a step with a transaction of its own can carry the previous step's commit
     * ({@link #runCommitting}): the dialect commits in batches and measures a transaction's time.
     */
    private final boolean commitsInBatch;
    /** Whether the session ends a dead client's statements ({@link #watchClient}). */
    private boolean watching;
    /** Whether several steps with a transaction each may go in one batch ({@link #groupSteps()}). */
    private boolean grouping;

    StepExecutor(java.sql.Statement jdbc, Dialect dialect, Transactions transactions, RunListener listener,
            HistoryTable history) throws SQLException {
        this.jdbc = jdbc;
        this.connection = jdbc.getConnection();
        this.dialect = dialect;
        this.transactions = transactions;
        this.listener = listener;
        this.history = history;
        this.user = HistoryTable.user(jdbc.getConnection());
        this.batches = dialect.capabilities().statementBatches();
        this.transactionElapsed = dialect.transactionElapsedMillis();
        this.commitsInBatch = dialect.capabilities().commitsInBatch() && transactionElapsed.isPresent();
        this.sender = new StatementBatches(jdbc, dialect, transactions, listener, history);
        jdbc.setEscapeProcessing(false);
    }

    /** Runs {@code step}; the caller commits, after {@link #flush()}. */
    AppliedStep run(RenderedStep step) throws StepFailure, SQLException {
        long started = System.nanoTime();
        List<Statement> statements = step.statements();
        boolean outsideTransaction = false;
        List<StatementBatches.Sent> batch = new ArrayList<>();
        for (int i = 0, end; i < statements.size(); i = end) {
            Statement statement = statements.get(i);
            end = batchEnd(statements, i);
            if (statement.aroundTransaction()) {
                continue; // run before and after the transaction, by TransactionSettings
            }
            if (batches && plain(statement)) {
                transactions.begin();
                batch.add(new StatementBatches.Sent(step, i));
                continue;
            }
            sender.send(batch, outsideTransaction, started);
            try {
                if (statement.transactional()) {
                    transactions.begin();
                } else {
                    // Outside a transaction: e.g. PostgreSQL refuses CREATE INDEX CONCURRENTLY inside one.
                    sender.flush();
                    transactions.commit();
                    outsideTransaction = true;
                }
                if (statement.parameters().isPresent()) {
                    executeBatch(statements.subList(i, end));
                } else if (statement.dataMigration().isPresent()) {
                    runDataMigration(statement);
                } else {
                    execute(statement);
                }
            } catch (SQLException e) {
                int failed = failedIndex(e, i, end);
                throw new StepFailure(step, failed, statements.get(failed), outsideTransaction, cause(e), since(started));
            }
        }
        if (batches) {
            transactions.begin();
            for (int i = 0; i < step.versionStatements().size(); i++) {
                batch.add(new StatementBatches.Sent(step, statements.size() + i));
            }
            sender.send(batch, outsideTransaction, started);
        } else {
            updateVersionTable(step, statements.size(), outsideTransaction, started);
        }
        Duration elapsed = since(started);
        if (batches) {
            // Sent with the transaction's next batch, or alone before it commits.
            sender.history(entry(step, elapsed, true));
        } else {
            recordHistory(step, elapsed);
        }
        return applied(step, elapsed);
    }

    static AppliedStep applied(RenderedStep step, Duration elapsed) {
        String description = step.description();
        LOG.info("{} ({} ms)", description, elapsed.toMillis());
        return new AppliedStep(step.step().revisionId(), step.step().direction(), description, elapsed);
    }

    /**
     * Whether {@code step} can travel in one batch with its neighbours ({@link #runTogether}): the
     * dialect has statement batches and every statement of the step is plain SQL.
     */
    boolean batchable(RenderedStep step) {
        return batches && step.statements().stream().allMatch(StepExecutor::plain);
    }

    /** How many statements {@code step} sends, version-table statements included. */
    static int size(RenderedStep step) {
        return step.statements().size() + step.versionStatements().size();
    }

    /**
     * Whether {@code step}, with a transaction of its own, can go in one round trip with the
     * previous step's commit ({@link #runCommitting}): it is {@linkplain #batchable batchable}, and
     * the dialect commits in batches and measures a transaction's time.
     */
    boolean committable(RenderedStep step) {
        return commitsInBatch && batchable(step);
    }

    /**
     * Runs {@linkplain #committable committable} {@code steps}, each in a transaction of its own,
     * as one batch (one round trip): when {@code previous} is present, the batch opens with the
     * {@code COMMIT} of its transaction (sent only now that all its statements succeeded, so that a
     * run killed inside a step never commits it) and the {@code BEGIN} of the first step's; then
     * each step's statements, version-table statements and history row, with the duration the
     * database measured since the step's transaction began, and between two steps the
     * {@code COMMIT} of the one and the {@code BEGIN} of the next. A step that commits inside the
     * batch has its history row check that the version table holds {@code versionRows} (the rows
     * after each step, in order) first, as the client cannot check its row counts before that
     * {@code COMMIT}; more than one step needs {@link #groupSteps()}. The last step's transaction
     * stays open: the next batch, or the caller, commits it.
     *
     * @throws StepFailure for the step whose statement, history row or {@code COMMIT} failed (then
     *     {@code previous} and the steps before that one are committed)
     */
    List<AppliedStep> runCommitting(List<RenderedStep> steps, Optional<RenderedStep> previous,
            List<List<String>> versionRows) throws StepFailure, SQLException {
        if (steps.size() > 1 && !grouping) {
            throw new IllegalStateException("several steps with a transaction each in one batch, but groupSteps() said no");
        }
        long started = System.nanoTime();
        transactions.begin();
        List<StatementBatches.Sent> batch = new ArrayList<>();
        RenderedStep before = previous.orElse(null);
        String elapsed = transactionElapsed.orElseThrow();
        for (int k = 0; k < steps.size(); k++) {
            RenderedStep step = steps.get(k);
            if (before != null) {
                batch.add(StatementBatches.Sent.control(before, dialect.commitTransaction()));
                batch.add(StatementBatches.Sent.control(step, dialect.beginTransaction()));
            }
            for (int i = 0; i < size(step); i++) {
                batch.add(new StatementBatches.Sent(step, i));
            }
            HistoryTable.Entry entry = entry(step, Duration.ZERO, true);
            batch.addAll(k < steps.size() - 1
                    ? sender.historyChecked(step, entry, elapsed, versionRows.get(k))
                    : sender.historyMeasured(step, entry, elapsed));
            before = step;
        }
        sender.send(batch, false, started);
        Duration share = since(started).dividedBy(steps.size());
        List<AppliedStep> applied = new ArrayList<>(steps.size());
        for (RenderedStep step : steps) {
            applied.add(applied(step, share));
        }
        return applied;
    }

    /**
     * Before the run's first transaction: makes the session end a running statement soon after
     * the client went away ({@link StepGroups#watchClient()}), where the dialect can, so that
     * {@link #groupSteps()} may say yes; the steps that then commit inside a batch check
     * {@code table}. {@link #release()} puts the setting back.
     */
    void watchClient(VersionTable table) {
        Optional<StepGroups> groups = dialect.stepGroups();
        if (groups.isEmpty() || !commitsInBatch) {
            return;
        }
        try {
            jdbc.execute(groups.get().watchClient());
            watching = true;
            sender.checkVersionRows(groups.get().versionRowsAre(table.qualifiedName(), VersionTable.COLUMN, "?"));
        } catch (SQLException e) {
            LOG.debug("The database cannot end a dead client's statements ({}); each step takes a round trip", e.toString());
        }
    }

    /**
     * Whether several {@linkplain #committable committable} steps, each with its own transaction,
     * may go in one batch ({@link #runCommitting}): the session ends a dead client's statements
     * ({@link #watchClient}) and the history row's {@code INSERT} is prepared once.
     */
    boolean groupSteps() {
        grouping = watching && sender.prepares();
        return grouping;
    }

    /**
     * Runs {@linkplain #batchable batchable} {@code steps} in the open transaction as one batch (one
     * round trip), after the history rows not yet sent; each step's recorded time is an equal share
     * of the batch's. The caller commits, after {@link #flush()}.
     */
    List<AppliedStep> runTogether(List<RenderedStep> steps) throws StepFailure, SQLException {
        long started = System.nanoTime();
        transactions.begin();
        List<StatementBatches.Sent> batch = new ArrayList<>();
        for (RenderedStep step : steps) {
            for (int i = 0; i < size(step); i++) {
                batch.add(new StatementBatches.Sent(step, i));
            }
        }
        sender.send(batch, false, started);
        Duration share = since(started).dividedBy(steps.size());
        Instant now = Instant.now();
        List<AppliedStep> applied = new ArrayList<>();
        for (RenderedStep step : steps) {
            sender.history(entry(step, share, true, now));
            applied.add(applied(step, share));
        }
        return applied;
    }

    /**
     * Sends the history rows of earlier steps not yet sent, in the open transaction; the caller
     * commits next.
     */
    void flush() throws SQLException {
        sender.flush();
    }

    /**
     * Takes note of the history table's last rank, read under the run lock: the history rows this
     * executor sends in batches then carry their ranks.
     */
    void ranksAfter(long rank) {
        sender.ranksAfter(rank);
    }

    /** Drops what this executor prepared on the connection, and puts back its settings (the run ended). */
    void release() {
        sender.release();
        if (watching) {
            try {
                jdbc.execute(dialect.stepGroups().orElseThrow().unwatchClient());
            } catch (SQLException e) {
                LOG.debug("Putting back the client check: {}", e.toString());
            }
            watching = false;
        }
    }

    /** Forgets the history rows not yet sent: their transaction was rolled back. */
    void discard() {
        sender.discard();
    }

    /** A statement that can travel in a batch of plain SQL: no guard, prepared statement, data migration or comment. */
    private static boolean plain(Statement statement) {
        return statement.transactional() && statement.query().isEmpty() && statement.parameters().isEmpty()
                && statement.dataMigration().isEmpty() && !statement.comment();
    }

    /**
     * The failure of a step that commits inside its batch when the version table did not hold what
     * the step left in it ({@code holds} says what it held).
     */
    static SQLException versionRowsChanged(String holds) {
        return new SQLException(holds + ", not what the step left in it; another process changed the version table "
                + "(check 'migrate current', fix with 'migrate stamp')");
    }

    static SQLException unexpectedVersionRows(int rows) {
        return new SQLException("expected one version-table row to change, found " + rows
                + "; another process changed the version table (check 'migrate current', fix with 'migrate stamp')");
    }

    /** The end (exclusive) of the run of statements from {@code start} that share one prepared statement. */
    private static int batchEnd(List<Statement> statements, int start) {
        Statement first = statements.get(start);
        int end = start + 1;
        if (first.parameters().isEmpty()) {
            return end;
        }
        String sql = first.parameters().get().sql();
        while (end < statements.size() && statements.get(end).transactional() == first.transactional()
                && statements.get(end).parameters().map(p -> p.sql().equals(sql)).orElse(false)) {
            end++;
        }
        return end;
    }

    /** Statements with the same parameterised SQL (a bulk insert's rows) as one JDBC batch. */
    private void executeBatch(List<Statement> batch) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(batch.get(0).parameters().orElseThrow().sql())) {
            prepared.setEscapeProcessing(false);
            for (Statement statement : batch) {
                List<Object> values = statement.parameters().orElseThrow().values();
                for (int i = 0; i < values.size(); i++) {
                    dialect.bind(prepared, i + 1, values.get(i));
                }
                prepared.addBatch();
            }
            prepared.executeBatch();
        }
        batch.forEach(listener::statementExecuted);
    }

    /** Calls a data migration with the migration's connection, in its transaction. */
    private void runDataMigration(Statement statement) throws SQLException {
        try {
            statement.dataMigration().orElseThrow().run(connection);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            throw new SQLException("the data migration threw " + e.getClass().getSimpleName() + message, e);
        }
        listener.statementExecuted(statement);
    }

    /** Which statement of a batch failed, where the driver tells; else the first. */
    private int failedIndex(SQLException e, int start, int end) {
        if (e instanceof BatchUpdateException batch) {
            return start + dialect.failedBatchEntry(batch, end - start).orElse(0);
        }
        return start;
    }

    /** The database's own error behind a batch's summary (PostgreSQL: "Call getNextException"). */
    static SQLException cause(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }

    /**
     * Runs a statement; a guard's query instead, failing with the reasons its rows give. Also for a
     * statement that is no step's, such as the version table's creation.
     */
    void execute(Statement statement) throws SQLException {
        execute(statement, statement);
    }

    /** Runs {@code statement} as {@link #execute(Statement)}, telling the listener that {@code reported} ran. */
    void execute(Statement statement, Statement reported) throws SQLException {
        if (statement.guard().isPresent()) {
            check(statement.guard().get());
        } else {
            jdbc.execute(statement.sql());
        }
        listener.statementExecuted(reported);
    }

    /** The first column of every row {@code query} returns. */
    List<String> read(String query) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (java.sql.ResultSet rows = jdbc.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void check(String query) throws SQLException {
        List<String> reasons = new java.util.ArrayList<>();
        int more = 0;
        try (java.sql.ResultSet rows = jdbc.executeQuery(query)) {
            while (rows.next()) {
                if (reasons.size() < GUARD_REASONS) {
                    reasons.add(rows.getString(1));
                } else {
                    more++;
                }
            }
        }
        if (!reasons.isEmpty()) {
            throw new SQLException(String.join("; ", reasons) + (more > 0 ? "; and " + more + " more" : ""));
        }
    }

    /** Appends the failed step's row (success 0) to the history table, outside any transaction. */
    void recordFailure(StepFailure failure) throws SQLException {
        history.append(jdbc.getConnection(), entry(failure.step, failure.elapsed, false));
    }

    private void recordHistory(RenderedStep step, Duration elapsed) throws SQLException {
        transactions.begin();
        history.append(jdbc.getConnection(), entry(step, elapsed, true));
    }

    private HistoryTable.Entry entry(RenderedStep step, Duration elapsed, boolean success) {
        return entry(step, elapsed, success, Instant.now());
    }

    private HistoryTable.Entry entry(RenderedStep step, Duration elapsed, boolean success, Instant at) {
        return new HistoryTable.Entry(0, step.step().revisionId(), step.step().direction(), step.checksum(),
                elapsed.toMillis(), at, user, success);
    }

    static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void updateVersionTable(RenderedStep step, int index, boolean outsideTransaction, long started)
            throws StepFailure {
        List<VersionChange> changes = step.step().versionChanges();
        for (int i = 0; i < changes.size(); i++) {
            Statement statement = step.versionStatements().get(i);
            try {
                transactions.begin();
                int rows = jdbc.executeUpdate(statement.sql());
                listener.statementExecuted(statement);
                if (!(changes.get(i) instanceof VersionChange.Insert) && rows != 1) {
                    throw unexpectedVersionRows(rows);
                }
            } catch (SQLException e) {
                throw new StepFailure(step, index + i, statement, outsideTransaction, e, since(started));
            }
        }
    }

    /** A statement of a step failed. */
    static final class StepFailure extends Exception {

        private static final long serialVersionUID = 1L;

        final transient RenderedStep step;
        final int index;
        final transient Statement statement;
        final boolean ranOutsideTransaction;
        final Duration elapsed;

        StepFailure(RenderedStep step, int index, Statement statement, boolean ranOutsideTransaction, SQLException cause,
                Duration elapsed) {
            super(cause);
            this.elapsed = elapsed;
            this.step = step;
            this.index = index;
            this.statement = statement;
            this.ranOutsideTransaction = ranOutsideTransaction;
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }

        /** How many statements the step has, version-table statements included. */
        int total() {
            return step.statements().size() + step.versionStatements().size();
        }
    }
}
