package dev.migrate.api.operation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Java code a revision runs with the migration's own JDBC connection, inside the migration's
 * transaction, at its place among the revision's operations (Alembic's {@code op.get_bind()}).
 * It must not commit, roll back or close the connection: the engine does that for the step.
 */
@FunctionalInterface
public interface DataMigration {

    /** Reads and writes through {@code connection}; throwing fails the step (rolled back where DDL is transactional). */
    void run(Connection connection) throws SQLException;
}
