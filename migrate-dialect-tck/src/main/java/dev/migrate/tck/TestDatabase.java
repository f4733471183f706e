package dev.migrate.tck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A live database handed to one test class: its own PostgreSQL database, MySQL schema or SQLite
 * file, created before the first test that asks for it and dropped after the class.
 *
 * @param kind which database this is
 * @param jdbcUrl the URL to connect with, credentials included as URL parameters
 * @param name the database (or schema) name; the file path for SQLite
 */
public record TestDatabase(DatabaseKind kind, String jdbcUrl, String name) {

    /** Opens a new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public String toString() {
        return kind.displayName() + " " + name;
    }
}
