package dev.migrate.engine.execution;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.plan.VersionChange;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.DatabaseConnector;
import dev.migrate.engine.runtime.HistoryTable;
import dev.migrate.engine.runtime.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs upgrades and downgrades against a live database under the run lock: reads the version
 * table once the lock is held, plans from it, and runs the rendered steps with one transaction per
 * migration or one for the whole run. Where a transaction lock serialises runs (SQLite), each
 * transaction re-reads the version table and plans again when another run moved it. Settings that
 * steps place around their transaction ({@link TransactionSettings}) are made before it begins and
 * put back when it ends, also when a step fails.
 */
public final class OnlineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineRunner.class);
    /**
     * The most statements that consecutive steps send in one batch: with one transaction for the
     * run, or where steps with a transaction each go in groups. pgjdbc splits a batch whose replies
     * may fill its receive buffer (about 250 statements), which costs a round trip.
     */
    private static final int BATCH_STATEMENTS = 100;
    /** What a step adds to a group's batch beyond its statements: COMMIT, BEGIN and its history row. */
    private static final int GROUPED_EXTRA = 3;

    private final DatabaseConnector connector;
    private final VersionTable table;
    private final HistoryTable history;
    private final FailureLog failures;
    private final boolean transactionPerMigration;
    private final Duration lockTimeout;
    private final RunListener listener;
    /** The run lock being taken while {@link #open()} opens the migration connection. */
    private MigrationLock.Pending pendingLock;

    public OnlineRunner(DatabaseConnector connector, VersionTable table, HistoryTable history, FailureLog failures,
            boolean transactionPerMigration, Duration lockTimeout, RunListener listener) {
        this.connector = connector;
        this.table = table;
        this.history = history;
        this.failures = failures;
        this.transactionPerMigration = transactionPerMigration;
        this.lockTimeout = lockTimeout;
        this.listener = listener;
    }

    /**
     * Plans with {@code planner} from the rows read under the lock, renders with {@code renderer}
     * and runs the steps.
     */
    public RunResult run(Direction direction, Function<List<String>, MigrationPlan> planner,
            StepRenderer renderer) {
        return run(direction, planner, renderer, Precondition.NONE);
    }

    /**
     * Like {@link #run(Direction, Function, StepRenderer)}, after {@code precondition} accepted the
     * database as read under the lock (the drift check before an upgrade).
     */
    public RunResult run(Direction direction, Function<List<String>, MigrationPlan> planner,
            StepRenderer renderer, Precondition precondition) {
        long started = System.nanoTime();
        try (Connection c = open(); MigrationLock lock = lock(c)) {
            Transactions transactions = new Transactions(c, lock.transactionLock());
            try (java.sql.Statement jdbc = c.createStatement()) {
                StepExecutor executor = new StepExecutor(jdbc, connector.dialect(), transactions, listener, history);
                Run run = new Run(c, transactions, executor, lock.transactionLock().isPresent(), lock.heldForRun());
                List<AppliedStep> applied;
                try {
                    applied = run.steps(planner, renderer, precondition);
                } finally {
                    executor.release();
                }
                return new RunResult(direction, applied, run.start, run.rows, Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot run the " + name(direction) + " on "
                    + connector.redactedUrl() + ": " + connector.clean(e), e);
        }
    }

    /**
     * Runs {@code work} in one transaction under the run lock, after the version and history tables
     * exist (stamp).
     */
    public <T> T locked(LockedWork<T> work) {
        try (Connection c = open(); MigrationLock lock = lock(c)) {
            Transactions transactions = new Transactions(c, lock.transactionLock());
            beginLocked(transactions);
            try {
                table.ensure(c);
                history.ensure(c);
                T result = work.run(c);
                transactions.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                transactions.rollback(e);
                throw e;
            }
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot change the version table "
                    + table.qualifiedName() + " at " + connector.redactedUrl() + ": " + connector.clean(e), e);
        }
    }

    /** Renders a plan's steps in order, handing each over as soon as it is rendered. */
    @FunctionalInterface
    public interface StepRenderer {
        void render(MigrationPlan plan, Consumer<RenderedStep> each);
    }

    /** A test of the database, read under the run lock, that throws to stop the run before its first step. */
    @FunctionalInterface
    public interface Precondition {

        /** Accepts every database. */
        Precondition NONE = (connection, rows) -> { };

        /** Throws a {@link MigrateException} when the run must not go on; {@code rows} are the version table's. */
        void verify(Connection connection, List<String> rows) throws SQLException;
    }

    /** Work done on the migration connection inside its transaction. */
    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Opens the migration connection, the run lock being taken meanwhile ({@link #lock}). */
    private Connection open() {
        pendingLock = MigrationLock.start(connector, table.qualifiedName(), lockTimeout);
        try {
            return connector.open();
        } catch (RuntimeException e) {
            pendingLock.abandon();
            throw e;
        }
    }

    private MigrationLock lock(Connection c) throws SQLException {
        return pendingLock.on(c);
    }

    private void beginLocked(Transactions transactions) throws SQLException {
        try {
            transactions.begin();
        } catch (SQLException e) {
            if (transactions.lockTimedOut(e)) {
                throw MigrationLock.timedOut(connector, table.qualifiedName(), lockTimeout);
            }
            throw e;
        }
    }

    /** The state of one run: the rows committed so far and the steps applied. */
    private final class Run {

        private final Connection connection;
        private final Transactions transactions;
        private final StepExecutor executor;
        private final TransactionSettings settings;
        private final boolean recheck;
        /** Whether the run lock is held for the whole run (a session lock). */
        private final boolean exclusive;
        private List<String> start = List.of();
        private List<String> rows = List.of();
        private List<String> committed = List.of();
        /** A step run with a transaction of its own whose COMMIT has not been sent yet ({@link StepExecutor#runCommitting}). */
        private Optional<RenderedStep> pending = Optional.empty();

        Run(Connection connection, Transactions transactions, StepExecutor executor, boolean recheck, boolean exclusive) {
            this.exclusive = exclusive;
            this.connection = connection;
            this.transactions = transactions;
            this.executor = executor;
            this.settings = new TransactionSettings(executor);
            this.recheck = recheck;
        }

        List<AppliedStep> steps(Function<List<String>, MigrationPlan> planner, StepRenderer renderer,
                Precondition precondition) throws SQLException {
            List<AppliedStep> applied = new ArrayList<>();
            List<RenderedStep> steps = List.of();
            boolean aroundTransaction = connector.dialect().capabilities().transactionSettings();
            try {
                if (transactionPerMigration) {
                    executor.watchClient(table);
                }
                beginLocked(transactions);
                boolean tableExists = readVersions();
                // Nothing applied (a new database): the drift check renders nothing, so the steps start rendering
                // while the tables are made.
                boolean renderFirst = rows.isEmpty() && !recheck;
                if (renderFirst) {
                    steps = render(renderer, planner.apply(rows));
                }
                prepareTables(tableExists);
                boolean grouping = transactionPerMigration && executor.groupSteps();
                precondition.verify(connection, rows);
                if (!renderFirst) {
                    steps = render(renderer, planner.apply(rows));
                }
                for (int i = 0; i < steps.size(); i++) {
                    RenderedStep step = step(steps, i);
                    if (transactionPerMigration && executor.committable(step)) {
                        // One round trip: the previous step's COMMIT, then this step (its COMMIT goes with the next),
                        // and, where steps go in groups, the rendered committable steps after it, each committed.
                        if (pending.isEmpty()) {
                            commit(); // what the run did before its steps (the version and history tables)
                        }
                        beginLocked(transactions);
                        List<RenderedStep> group = grouping
                                ? steps.subList(i, i + consecutive(steps, i, executor::committable, GROUPED_EXTRA))
                                : List.of(step);
                        i = runCommitting(group, i, steps.size(), applied);
                        continue;
                    }
                    if (pending.isPresent()) {
                        commit();
                    }
                    List<RenderedStep> held = transactionPerMigration ? List.of(steps.get(i)) : steps.subList(i, steps.size());
                    if ((transactionPerMigration || i == 0 && aroundTransaction) && settings.needed(held)) {
                        // Settings a database ignores inside a transaction: the open one holds no step yet, so end it.
                        commit();
                        settings.make(held);
                    } else if (!transactionPerMigration && !aroundTransaction && settings.needed(List.of(steps.get(i)))) {
                        throw new IllegalStateException("The " + connector.dialect().name() + " dialect placed a statement "
                                + "before the transaction, but its capabilities say it places none (transactionSettings)");
                    }
                    if (begin() && recheck && !table.read(connection).equals(rows)) {
                        rows = table.read(connection);
                        LOG.debug("Another run moved the version table to {}; planning again", rows);
                        steps = render(renderer, planner.apply(rows));
                        i = -1;
                        continue;
                    }
                    int together = together(steps, i);
                    if (together > 1) {
                        List<RenderedStep> group = steps.subList(i, i + together);
                        LOG.debug("Steps {} to {} of {} as one batch", i + 1, i + together, steps.size());
                        for (int k = 0; k < together; k++) {
                            listener.stepStarting(group.get(k), i + k, steps.size());
                        }
                        List<AppliedStep> done = executor.runTogether(group);
                        for (int k = 0; k < together; k++) {
                            applied.add(done.get(k));
                            rows = after(rows, group.get(k).step().versionChanges());
                            listener.stepApplied(done.get(k), i + k, steps.size());
                        }
                        i += together - 1;
                        continue;
                    }
                    listener.stepStarting(steps.get(i), i, steps.size());
                    applied.add(executor.run(steps.get(i)));
                    rows = after(rows, steps.get(i).step().versionChanges());
                    if (transactionPerMigration) {
                        commit();
                    }
                    listener.stepApplied(applied.get(applied.size() - 1), i, steps.size());
                }
                commit();
                return applied;
            } catch (StepExecutor.StepFailure failure) {
                executor.discard();
                transactions.rollback(failure);
                settings.restore(failure);
                throw failed(failure);
            } catch (SQLException | RuntimeException e) {
                executor.discard();
                transactions.rollback(e);
                settings.restore(e);
                throw e;
            } finally {
                if (steps instanceof RenderedAhead ahead) {
                    ahead.cancel();
                }
            }
        }

        /**
         * Runs {@code group}, consecutive {@linkplain StepExecutor#committable committable} steps
         * from step {@code i} of {@code total}, each in a transaction of its own, as one batch after
         * the {@linkplain #pending pending} step's {@code COMMIT}; the last one's stays pending.
         * When a step fails, the ones before it are committed, and applied.
         *
         * @return the index of the group's last step
         */
        private int runCommitting(List<RenderedStep> group, int i, int total, List<AppliedStep> applied)
                throws StepExecutor.StepFailure, SQLException {
            List<List<String>> versionRows = new ArrayList<>(group.size());
            List<String> last = rows;
            for (RenderedStep step : group) {
                last = after(last, step.step().versionChanges());
                versionRows.add(last);
            }
            for (int k = 0; k < group.size(); k++) {
                listener.stepStarting(group.get(k), i + k, total);
            }
            long started = System.nanoTime();
            List<AppliedStep> done;
            try {
                done = executor.runCommitting(group, pending, versionRows);
            } catch (StepExecutor.StepFailure failure) {
                int failed = 0;
                while (failed < group.size() && group.get(failed) != failure.step) {
                    failed++;
                }
                if (failed < group.size()) { // else the pending step's COMMIT failed
                    committed = failed == 0 ? rows : versionRows.get(failed - 1);
                    Duration share = StepExecutor.since(started).dividedBy(failed + 1);
                    for (int k = 0; k < failed; k++) {
                        applied.add(StepExecutor.applied(group.get(k), share));
                        listener.stepApplied(applied.get(applied.size() - 1), i + k, total);
                    }
                }
                throw failure;
            }
            committed = group.size() > 1 ? versionRows.get(group.size() - 2) : rows;
            rows = last;
            pending = Optional.of(group.get(group.size() - 1));
            for (int k = 0; k < group.size(); k++) {
                applied.add(done.get(k));
                listener.stepApplied(done.get(k), i + k, total);
            }
            return i + group.size() - 1;
        }

        /**
         * How many steps from {@code i} run as one batch: with one transaction for the run, the
         * consecutive {@linkplain StepExecutor#batchable batchable} steps already rendered, up to
         * {@link #BATCH_STATEMENTS} statements; else 1.
         */
        private int together(List<RenderedStep> steps, int i) {
            if (transactionPerMigration || !executor.batchable(steps.get(i))) {
                return 1;
            }
            return consecutive(steps, i, executor::batchable, 0);
        }

        /**
         * How many consecutive steps from {@code i}, which is one, {@code fits} and are rendered
         * already, send at most {@link #BATCH_STATEMENTS} statements, counting {@code extra} more
         * for each step; at least 1.
         */
        private int consecutive(List<RenderedStep> steps, int i, Predicate<RenderedStep> fits, int extra) {
            int ready = steps instanceof RenderedAhead ahead ? ahead.ready() : steps.size();
            int end = i + 1;
            int statements = StepExecutor.size(steps.get(i)) + extra;
            while (end < ready && fits.test(steps.get(end))
                    && statements + StepExecutor.size(steps.get(end)) + extra <= BATCH_STATEMENTS) {
                statements += StepExecutor.size(steps.get(end)) + extra;
                end++;
            }
            return end - i;
        }

        /**
         * The plan's steps: rendered ahead on a thread of their own while the first ones run, except
         * where a transaction lock may make the run plan again (SQLite), which renders them first.
         */
        private List<RenderedStep> render(StepRenderer renderer, MigrationPlan plan) {
            if (plan.steps().isEmpty()) {
                return List.of();
            }
            if (!recheck) {
                return RenderedAhead.start(plan, renderer);
            }
            List<RenderedStep> steps = new ArrayList<>();
            renderer.render(plan, steps::add);
            return steps;
        }

        /**
         * Step {@code i} (rendered ahead: waits for it). When its rendering failed, the step before
         * it, which succeeded but whose COMMIT was not sent yet, is committed first.
         */
        private RenderedStep step(List<RenderedStep> steps, int i) throws SQLException {
            try {
                return steps.get(i);
            } catch (RuntimeException e) {
                if (pending.isPresent()) {
                    commit();
                }
                throw e;
            }
        }

        /**
         * Refuses after a recorded failure, then reads the version table, when it exists (else
         * there are no rows); returns whether it exists.
         */
        private boolean readVersions() throws SQLException {
            failures.read(connection).ifPresent(message -> {
                throw new MigrateException(MigrateException.Kind.DATABASE, "A previous run failed and was recorded in "
                        + failures.qualifiedName() + "; refusing to run until it is resolved: " + message);
            });
            boolean exists = table.exists(connection);
            start = exists ? table.read(connection) : List.of();
            rows = start;
            committed = start;
            return exists;
        }

        /** Creates the version table unless {@code tableExists}, and the history table if missing. */
        private void prepareTables(boolean tableExists) throws SQLException {
            if (!tableExists) {
                executor.execute(Statement.of(table.createSql()));
            }
            history.ensure(connection);
            if (exclusive) {
                executor.ranksAfter(history.lastRank(connection)); // nobody else writes it while the lock is held
            }
        }

        private boolean begin() throws SQLException {
            if (transactions.active()) {
                return false;
            }
            beginLocked(transactions);
            return true;
        }

        /** Commits, then puts back the settings made before the transaction. */
        private void commit() throws SQLException {
            pending = Optional.empty();
            executor.flush();
            transactions.commit();
            committed = rows;
            settings.restore();
        }

        private MigrateException failed(StepExecutor.StepFailure failure) {
            String message = StepFailures.message(failure, connector, committed);
            if (StepFailures.halfApplied(failure, connector.dialect())) {
                try {
                    failures.record(connection, failure.step.step().revisionId(), message);
                    // MySQL, MariaDB: the step's DDL stays committed, so its history row says it failed.
                    executor.recordFailure(failure);
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                    message += " (Recording this failure in " + failures.qualifiedName() + " failed too: "
                            + connector.clean(e) + ")";
                }
            }
            return new MigrateException(MigrateException.Kind.DATABASE, message, failure.getCause());
        }
    }

    /** The version-table rows after {@code changes}, sorted as the table reads them. */
    static List<String> after(List<String> rows, List<VersionChange> changes) {
        List<String> result = new ArrayList<>(rows);
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                result.add(insert.revision());
            } else if (change instanceof VersionChange.Update update) {
                result.set(result.indexOf(update.from()), update.to());
            } else if (change instanceof VersionChange.Delete delete) {
                result.remove(delete.revision());
            }
        }
        result.sort(null);
        return List.copyOf(result);
    }

    static String name(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }
}
