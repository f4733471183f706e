package dev.migrate.engine.execution;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.RunLock;
import dev.migrate.engine.runtime.DatabaseConnector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect's {@link RunLock} held for one run: a session lock on a connection of its own (opened
 * and locked while the migration connection opens), or a transaction lock that every migration
 * transaction takes (then this only sets the wait). Where the dialect sends several steps, each
 * with its own commit, in one round trip ({@link dev.migrate.api.spi.StepGroups}), the migration
 * connection also takes the lock under a name of its own ({@link #STEPS}): a killed run's server
 * session may still be running steps it was sent, and the next run waits until it ended.
 */
final class MigrationLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);

    /** What the migration connection's own lock adds to the run lock's name. */
    static final String STEPS = " (steps)";

    private final Optional<RunLock> lock;
    private final Connection session;
    private final String name;
    /** The migration connection, while it holds the lock named {@code name + STEPS}; else null. */
    private Connection steps;

    private MigrationLock(Optional<RunLock> lock, Connection session, String name) {
        this.lock = lock;
        this.session = session;
        this.name = name;
    }

    /**
     * Starts taking the lock named {@code name} (the version table's name) for a run: a session
     * lock's connection is opened and the lock taken on a thread of its own, while the caller opens
     * the migration connection; {@link Pending#on} finishes.
     */
    static Pending start(DatabaseConnector connector, String name, Duration timeout) {
        Optional<RunLock> lock = connector.dialect().runLock();
        if (lock.isEmpty() || !lock.get().session()) {
            return new Pending(connector, lock, name, timeout);
        }
        Pending pending = new Pending(connector, lock, name, timeout);
        pending.session = Optional.of(new FutureTask<>(() -> pending.handOver(session(connector, lock.get(), name, timeout))));
        Thread thread = new Thread(pending.session.get(), "migrate-lock");
        thread.setDaemon(true);
        thread.start();
        return pending;
    }

    /** Opens the lock's own connection and takes the lock on it. */
    private static MigrationLock session(DatabaseConnector connector, RunLock lock, String name, Duration timeout)
            throws SQLException {
        Connection session = connector.open();
        try {
            session.setAutoCommit(true);
            if (!lock.acquire(session, name, timeout)) {
                throw timedOut(connector, name, timeout);
            }
            LOG.debug("Took the run lock {} on a connection of its own", name);
            return new MigrationLock(Optional.of(lock), session, name);
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A lock being taken. */
    static final class Pending {

        private final DatabaseConnector connector;
        private final Optional<RunLock> lock;
        private final String name;
        private final Duration timeout;
        private Optional<FutureTask<MigrationLock>> session = Optional.empty();
        /** Whether the run ended before it used the lock; guarded by this. */
        private boolean abandoned;
        /** Whether the lock thread handed a held lock over; guarded by this. */
        private boolean handedOver;

        private Pending(DatabaseConnector connector, Optional<RunLock> lock, String name, Duration timeout) {
            this.connector = connector;
            this.lock = lock;
            this.name = name;
            this.timeout = timeout;
        }

        /** On the lock thread: {@code taken}, or nothing (released) when the run was abandoned meanwhile. */
        private MigrationLock handOver(MigrationLock taken) throws SQLException {
            synchronized (this) {
                if (!abandoned) {
                    handedOver = true;
                    return taken;
                }
            }
            taken.close();
            return null;
        }

        /**
         * The lock held for a run on {@code migration}, once taken.
         *
         * @throws MigrateException of kind {@code LOCK} when another run held it for longer than the timeout
         */
        MigrationLock on(Connection migration) throws SQLException {
            if (session.isPresent()) {
                MigrationLock taken = await(session.get());
                if (connector.dialect().stepGroups().isPresent()) {
                    taken.lockSteps(migration, connector, timeout);
                }
                return taken;
            }
            if (lock.isEmpty()) {
                LOG.debug("The {} dialect has no run lock; this run is not serialised", connector.dialect().name());
            } else {
                lock.get().acquire(migration, name, timeout);
            }
            return new MigrationLock(lock, null, name);
        }

        /**
         * Gives the lock up when the run ends before it used it (the migration connection did not
         * open): released now if taken, else by the lock thread once it has it, without waiting.
         */
        void abandon() {
            boolean taken;
            synchronized (this) {
                abandoned = true;
                taken = handedOver;
            }
            if (taken) {
                try {
                    await(session.orElseThrow()).close();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Releasing the run lock {} after a failed start: {}", name, e.toString());
                }
            }
        }

        private static MigrationLock await(FutureTask<MigrationLock> task) throws SQLException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Takes the lock named {@code name + STEPS} on the migration connection: waits while a killed
     * run's server session still holds it. Releases the run lock when that fails.
     */
    private void lockSteps(Connection migration, DatabaseConnector connector, Duration timeout) throws SQLException {
        try {
            migration.setAutoCommit(true);
            if (!lock.orElseThrow().acquire(migration, name + STEPS, timeout)) {
                throw timedOut(connector, name, timeout);
            }
            steps = migration;
        } catch (SQLException | RuntimeException e) {
            try {
                close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Whether a session lock is held for the whole run: no other run writes the tables meanwhile. */
    boolean heldForRun() {
        return lock.filter(RunLock::session).isPresent();
    }

    /** The transaction lock, when this database serialises runs by their transactions. */
    Optional<RunLock> transactionLock() {
        return lock.filter(l -> !l.session());
    }

    /** The error for a lock wait that timed out. */
    static MigrateException timedOut(DatabaseConnector connector, String name, Duration timeout) {
        return new MigrateException(MigrateException.Kind.LOCK, "Another migrate run holds the lock on "
                + connector.redactedUrl() + " (version table " + name + "); gave up after " + timeout.toSeconds()
                + " s. Wait for it to finish and run again, or raise 'lock_timeout' in migrate.yaml.");
    }

    @Override
    public void close() throws SQLException {
        if (session == null) {
            return;
        }
        try {
            if (steps != null) {
                releaseSteps();
            }
            lock.orElseThrow().release(session, name);
        } finally {
            session.close();
        }
    }

    /**
     * Releases the migration connection's own lock: a pooled connection lives on. When that fails
     * the connection is broken, and its session, ending, releases it.
     */
    private void releaseSteps() {
        try {
            lock.orElseThrow().release(steps, name + STEPS);
        } catch (SQLException e) {
            LOG.debug("Releasing the lock {}{}: {}", name, STEPS, e.toString());
        }
        steps = null;
    }
}
