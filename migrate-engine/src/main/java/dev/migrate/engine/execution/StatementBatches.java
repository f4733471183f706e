package dev.migrate.engine.execution;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.NamedStatements;
import dev.migrate.api.spi.Statement;
import dev.migrate.api.spi.StepGroups;
import dev.migrate.engine.plan.VersionChange;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.HistoryTable;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

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
    /**
     * The names of the history row's prepared INSERTs, once their PREPARE was sent: the plain one,
     * and the one that checks the version table ({@link #historyChecked}).
     */
    private final String[] prepared = new String[2];
    /** The condition on the version table of {@link #historyChecked}, once {@link #checkVersionRows} gave it. */
    private String versionCondition;

    StatementBatches(java.sql.Statement jdbc, Dialect dialect, Transactions transactions, RunListener listener,
            HistoryTable history) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.transactions = transactions;
        this.listener = listener;
        this.appendHistory = history.literalAppend(dialect::literal);
        this.namedStatements = dialect.namedStatements();
    }

    /**
     * A statement of a step in a batch: its index counts the step's version-table statements after
     * its own.
     *
     * @param control a statement sent for the step that is not one of its own, else null
     * @param checksVersionRows whether {@code control} fails when the version table does not hold
     *     what the step left in it ({@link StepGroups#versionRowsAre})
     */
    record Sent(RenderedStep step, int index, Statement control, boolean checksVersionRows) {

        Sent(RenderedStep step, int index) {
            this(step, index, null, false);
        }

        /**
         * A statement sent for {@code step} that is not one of its own: its transaction's
         * {@code BEGIN} or {@code COMMIT}, or its history row. A failure there is the step's
         * failure, at its last statement.
         */
        static Sent control(RenderedStep step, String sql) {
            return new Sent(step, StepExecutor.size(step) - 1, Statement.of(sql), false);
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
    List<Sent> historyMeasured(RenderedStep step, HistoryTable.Entry entry, String elapsedSql) {
        HistoryTable.Entry ranked = ranked(entry);
        if (!prepares() || ranked.rank() <= 0) {
            return List.of(Sent.control(step, appendHistory.sql(ranked, elapsedSql)));
        }
        List<Sent> statements = new ArrayList<>();
        if (prepared[0] == null) {
            prepared[0] = name();
            String insert = appendHistory.parameterised(elapsedSql);
            statements.add(Sent.control(step, namedStatements.get().prepare(prepared[0], insert)));
        }
        statements.add(Sent.control(step, namedStatements.get().execute(prepared[0], appendHistory.arguments(ranked))));
        return statements;
    }

    /**
     * Makes {@link #historyChecked} check the version table with {@code condition}, a
     * {@link StepGroups#versionRowsAre} condition with one {@code ?} for the rows expected.
     */
    void checkVersionRows(String condition) {
        versionCondition = condition;
    }

    /**
     * Like {@link #historyMeasured}, for a step that commits inside its batch: the {@code INSERT}
     * fails, and so the step rolls back, unless the version table holds {@code versionRows}, the
     * rows the step left in it ({@link #checkVersionRows}). Needs {@link #prepares()}.
     */
    List<Sent> historyChecked(RenderedStep step, HistoryTable.Entry entry, String elapsedSql, List<String> versionRows) {
        HistoryTable.Entry ranked = ranked(entry);
        if (!prepares() || ranked.rank() <= 0 || versionCondition == null) {
            throw new IllegalStateException("a history row that checks the version table is a prepared statement with "
                    + "its rank and the check's condition");
        }
        List<Sent> statements = new ArrayList<>();
        if (prepared[1] == null) {
            prepared[1] = name();
            statements.add(Sent.control(step, namedStatements.get().prepare(prepared[1],
                    appendHistory.parameterisedWhere(elapsedSql, versionCondition))));
        }
        List<String> arguments = new ArrayList<>(appendHistory.arguments(ranked));
        arguments.add(dialect.literal(versionList(versionRows)));
        Statement execute = Statement.of(namedStatements.get().execute(prepared[1], arguments));
        statements.add(new Sent(step, StepExecutor.size(step) - 1, execute, true));
        return statements;
    }

    /** {@code rows} sorted by their UTF-8 bytes, joined by single spaces, as {@link StepGroups#versionRowsAre} compares them. */
    static String versionList(List<String> rows) {
        return rows.stream().sorted(StatementBatches::compareUtf8).collect(Collectors.joining(" "));
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the history row's {@code INSERT} can be prepared once for the run: the dialect has
     * named statements and the ranks are known.
     */
    boolean prepares() {
        return namedStatements.isPresent() && lastRank >= 0;
    }

    private static String name() {
        return "migrate_history_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /**
     * Drops the history row's prepared {@code INSERT}, if this run sent its {@code PREPARE}: a
     * connection from a pool lives on. A failure only leaves it to the end of the session.
     */
    void release() {
        for (int i = 0; i < prepared.length; i++) {
            if (prepared[i] == null) {
                continue;
            }
            try {
                jdbc.execute(namedStatements.orElseThrow().deallocate(prepared[i]));
            } catch (SQLException e) {
                // The PREPARE never ran (its batch failed before it), or the connection is gone.
            }
            prepared[i] = null;
        }
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
            SQLException cause = StepExecutor.cause(e);
            Statement statement = sent.statement();
            if (sent.checksVersionRows()) {
                SQLException failure = cause;
                Optional<String> holds = dialect.stepGroups().flatMap(groups -> groups.versionRowsFailure(failure));
                if (holds.isPresent()) {
                    // Reported as the client reports a version-table change that found no row.
                    statement = new Sent(sent.step(), sent.index()).statement();
                    cause = StepExecutor.versionRowsChanged(holds.get());
                }
            }
            throw new StepExecutor.StepFailure(sent.step(), sent.index(), statement, outsideTransaction, cause,
                    StepExecutor.since(started));
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
