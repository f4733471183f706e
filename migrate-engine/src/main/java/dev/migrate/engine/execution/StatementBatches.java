package dev.migrate.engine.execution;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.NamedStatements;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.plan.VersionChange;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.HistoryTable;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Steps' plain statements sent as JDBC batches, one round trip each, for a dialect with
 * {@linkplain dev.migrate.api.spi.DialectCapabilities#statementBatches() statement batches}. History
 * rows wait here until the next batch of their transaction, or until it commits ({@link #flush}),
 * and then go as one multi-row statement.
 */
final class StatementBatches {

    private final java.sql.Statement jdbc;
    private final Dialect dialect;
    private final Transactions transactions;
    private final RunListener listener;
    private final HistoryTable.LiteralAppend appendHistory;
    /** History rows of steps run in the open transaction and not yet sent. */
    private final List<HistoryTable.Entry> pendingHistory = new ArrayList<>();
    /** The rank of the last history row written, once known ({@link #ranksAfter}); else -1. */
    private long lastRank = -1;
    private final Optional<NamedStatements> namedStatements;
    /** The name of the history row's prepared INSERT, once its PREPARE was sent. */
    private String preparedName;

    StatementBatches(java.sql.Statement jdbc, Dialect dialect, Transactions transactions, RunListener listener,
            HistoryTable history) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.transactions = transactions;
        this.listener = listener;
        this.appendHistory = history.literalAppend(dialect::literal);
        this.namedStatements = dialect.namedStatements();
    }

    /** A statement of a step in a batch: its index counts the step's version-table statements after its own. */
    record Sent(RenderedStep step, int index, Statement control) {

        Sent(RenderedStep step, int index) {
            this(step, index, null);
        }

        /**
         * A statement sent for {@code step} that is not one of its own: its transaction's
         * {@code BEGIN} or {@code COMMIT}, or its history row. A failure there is the step's
         * failure, at its last statement.
         */
        static Sent control(RenderedStep step, String sql) {
            return new Sent(step, StepExecutor.size(step) - 1, Statement.of(sql));
        }

        Statement statement() {
            if (control != null) {
                return control;
            }
            int own = step.statements().size();
            return index < own ? step.statements().get(index) : step.versionStatements().get(index - own);
        }
    }

    /**
     * The history table's last rank, read under the run lock: the rows written from here on take
     * the next ranks, and their statements need not read the table for them.
     */
    void ranksAfter(long rank) {
        lastRank = rank;
    }

    /** A history row to send with the transaction's next batch. */
    void history(HistoryTable.Entry row) {
        pendingHistory.add(ranked(row));
    }

    /**
     * The statements that append {@code entry} with the duration the database measures since the
     * transaction began ({@link Dialect#transactionElapsedMillis()}), to end a step's own batch:
     * where the dialect has {@linkplain Dialect#namedStatements() named statements} and the ranks
     * are known, an {@code EXECUTE} of the {@code INSERT} this run prepares once (its
     * {@code PREPARE} goes first, the first time); else the {@code INSERT} itself.
     */
    List<String> historyMeasured(HistoryTable.Entry entry, String elapsedSql) {
        HistoryTable.Entry ranked = ranked(entry);
        if (namedStatements.isEmpty() || ranked.rank() <= 0) {
            return List.of(appendHistory.sql(ranked, elapsedSql));
        }
        List<String> statements = new ArrayList<>();
        if (preparedName == null) {
            preparedName = "migrate_history_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
            statements.add(namedStatements.get().prepare(preparedName, appendHistory.parameterised(elapsedSql)));
        }
        statements.add(namedStatements.get().execute(preparedName, appendHistory.arguments(ranked)));
        return statements;
    }

    /**
     * Drops the history row's prepared {@code INSERT}, if this run sent its {@code PREPARE}: a
     * connection from a pool lives on. A failure only leaves it to the end of the session.
     */
    void release() {
        if (preparedName == null) {
            return;
        }
        try {
            jdbc.execute(namedStatements.orElseThrow().deallocate(preparedName));
        } catch (SQLException e) {
            // The PREPARE never ran (its batch failed before it), or the connection is gone.
        }
        preparedName = null;
    }

    private HistoryTable.Entry ranked(HistoryTable.Entry entry) {
        if (lastRank < 0) {
            return entry; // the statement takes the table's next rank
        }
        lastRank++;
        return new HistoryTable.Entry(lastRank, entry.revision(), entry.direction(), entry.checksum(),
                entry.durationMillis(), entry.appliedAt(), entry.appliedBy(), entry.success());
    }

    /** The statements that append the rows not yet sent: one when they have ranks, else one each. */
    private List<String> pendingRows() {
        if (pendingHistory.isEmpty()) {
            return List.of();
        }
        if (lastRank >= 0) {
            return List.of(appendHistory.sql(pendingHistory));
        }
        return pendingHistory.stream().map(appendHistory::sql).toList();
    }

    /**
     * Sends the history rows not yet sent, then {@code batch}, as one JDBC batch, and clears
     * {@code batch}; a version-table update or delete must change one row.
     *
     * @param started when the step (or the steps) began, for a failure's elapsed time
     */
    void send(List<Sent> batch, boolean outsideTransaction, long started) throws StepExecutor.StepFailure, SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<String> history = pendingRows();
        int rows = history.size();
        for (String row : history) {
            jdbc.addBatch(row);
        }
        pendingHistory.clear();
        for (Sent sent : batch) {
            jdbc.addBatch(sent.statement().sql());
        }
        int[] counts;
        try {
            counts = jdbc.executeBatch();
        } catch (SQLException e) {
            jdbc.clearBatch();
            int entry = e instanceof BatchUpdateException failed
                    ? dialect.failedBatchEntry(failed, rows + batch.size()).orElse(rows) : rows;
            if (entry < rows) {
                throw StepExecutor.cause(e); // an earlier step's history row, as when it is written on its own
            }
            Sent sent = batch.get(entry - rows);
            throw new StepExecutor.StepFailure(sent.step(), sent.index(), sent.statement(), outsideTransaction,
                    StepExecutor.cause(e), StepExecutor.since(started));
        }
        for (int i = 0; i < batch.size(); i++) {
            Sent sent = batch.get(i);
            if (sent.control() != null) {
                continue;
            }
            listener.statementExecuted(sent.statement());
            int version = sent.index() - sent.step().statements().size();
            int count = counts[rows + i];
            if (version >= 0 && !(sent.step().step().versionChanges().get(version) instanceof VersionChange.Insert)
                    && count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                throw new StepExecutor.StepFailure(sent.step(), sent.index(), sent.statement(), outsideTransaction,
                        StepExecutor.unexpectedVersionRows(count), StepExecutor.since(started));
            }
        }
        batch.clear();
    }

    /**
     * Sends the history rows of earlier steps not yet sent, in the open transaction; the caller
     * commits next.
     */
    void flush() throws SQLException {
        if (pendingHistory.isEmpty()) {
            return;
        }
        transactions.begin();
        for (String row : pendingRows()) {
            jdbc.addBatch(row);
        }
        pendingHistory.clear();
        try {
            jdbc.executeBatch();
        } catch (SQLException e) {
            jdbc.clearBatch();
            throw StepExecutor.cause(e);
        }
    }

    /** Forgets the history rows not yet sent: their transaction was rolled back. */
    void discard() {
        pendingHistory.clear();
    }
}
