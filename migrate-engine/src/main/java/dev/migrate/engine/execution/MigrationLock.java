package dev.migrate.engine.execution;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.RunLock;
import dev.migrate.engine.runtime.DatabaseConnector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect's {@link RunLock} held for one run: a session lock on a connection of its own, or a
 * transaction lock that every migration transaction takes (then this only sets the wait).
 */
final class MigrationLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);

    private final Optional<RunLock> lock;
    private final Connection session;
    private final String name;

    private MigrationLock(Optional<RunLock> lock, Connection session, String name) {
        this.lock = lock;
        this.session = session;
        this.name = name;
    }

    /**
     * Takes the lock named {@code name} (the version table's name) for a run on {@code migration}.
     *
     * @throws MigrateException of kind {@code LOCK} when another run held it for longer than {@code timeout}
     */
    static MigrationLock acquire(DatabaseConnector connector, Connection migration, String name, Duration timeout)
            throws SQLException {
        Optional<RunLock> lock = connector.dialect().runLock();
        if (lock.isEmpty()) {
            LOG.debug("The {} dialect has no run lock; this run is not serialised", connector.dialect().name());
            return new MigrationLock(lock, null, name);
        }
        if (!lock.get().session()) {
            lock.get().acquire(migration, name, timeout);
            return new MigrationLock(lock, null, name);
        }
        Connection session = connector.open();
        try {
            session.setAutoCommit(true);
            if (!lock.get().acquire(session, name, timeout)) {
                throw timedOut(connector, name, timeout);
            }
            LOG.debug("Took the run lock {} on a connection of its own", name);
            return new MigrationLock(lock, session, name);
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
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
            lock.orElseThrow().release(session, name);
        } finally {
            session.close();
        }
    }
}
