package dev.migrate.api.spi;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What lets an online run with a transaction per migration send several steps, each with its own
 * {@code BEGIN} and {@code COMMIT}, in one round trip (with
 * {@link DialectCapabilities#commitsInBatch()} and {@link Dialect#namedStatements()}).
 *
 * <p>Statements sent together run on the server even when the client dies meanwhile, so three
 * things keep a killed run safe: the database ends a running statement soon after its client went
 * away ({@link #watchClient()}), so the step running at the kill rolls back; a step that commits
 * inside the batch fails, before its {@code COMMIT}, when the version table does not hold what the
 * step left in it ({@link #versionRowsAre}), the check the client makes itself on a step whose
 * {@code COMMIT} it sends later; and every run's migration connection takes the
 * {@linkplain Dialect#runLock() run lock} a second time, under its own name, so the next run waits
 * until the killed run's server session ended.
 */
public interface StepGroups {

    /**
     * The statement, run outside a transaction, that makes the session end a running statement
     * soon after its client went away (PostgreSQL 14+: {@code client_connection_check_interval}).
     * When it fails (an older server), steps go one per round trip.
     */
    String watchClient();

    /** The statement that puts back what {@link #watchClient()} changed. */
    String unwatchClient();

    /**
     * A condition, for the {@code WHERE} of the history row's {@code INSERT ... SELECT}, that is
     * true when the values of {@code column} in {@code table}, sorted by their UTF-8 bytes and
     * joined by single spaces, equal the text that the SQL expression {@code expected} (usually a
     * {@code ?} parameter) gives; otherwise it fails the statement with an error whose message
     * names what the table holds ({@link #versionRowsFailure}).
     */
    String versionRowsAre(String table, String column, String expected);

    /** What the table held, when {@code e} is the failure of a {@link #versionRowsAre} condition; else empty. */
    Optional<String> versionRowsFailure(SQLException e);
}
