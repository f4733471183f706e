package dev.migrate.engine.execution;

import dev.migrate.api.spi.Dialect;
import dev.migrate.engine.runtime.VersionTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The table beside the version table ({@code <version_table>_failure}) that remembers a step which
 * failed half way on a database whose DDL commits at once (MySQL, MariaDB), so that the next run
 * refuses to go on blindly; {@code stamp} clears it.
 */
public final class FailureLog {

    /** Longest message kept. */
    private static final int MESSAGE_LENGTH = 2000;

    private final Dialect dialect;
    private final String name;
    private final Optional<String> schema;

    public FailureLog(Dialect dialect, String versionTable, Optional<String> schema) {
        this.dialect = dialect;
        this.name = versionTable + "_failure";
        this.schema = schema;
    }

    /** The table name as written in SQL. */
    public String qualifiedName() {
        String table = dialect.quoteIdentifier(name);
        return schema.map(s -> dialect.quoteIdentifier(s) + "." + table).orElse(table);
    }

    /** The recorded failure's message, if a failed step is recorded. */
    public Optional<String> read(Connection connection) throws SQLException {
        if (!dialect.tableExists(connection, schema, name)) {
            return Optional.empty();
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT message FROM " + qualifiedName())) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** Records a failed step (replacing any earlier record), creating the table when missing. */
    public void record(Connection connection, String revision, String message) throws SQLException {
        if (!dialect.tableExists(connection, schema, name)) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE " + qualifiedName() + " (revision VARCHAR(" + VersionTable.ID_LENGTH
                        + ") NOT NULL, message VARCHAR(" + MESSAGE_LENGTH + ") NOT NULL)");
            }
        }
        clear(connection);
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO " + qualifiedName() + " (revision, message) VALUES (?, ?)")) {
            s.setString(1, revision);
            s.setString(2, message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message);
            s.executeUpdate();
        }
    }

    /** Forgets any recorded failure. */
    public void clear(Connection connection) throws SQLException {
        if (dialect.tableExists(connection, schema, name)) {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM " + qualifiedName());
            }
        }
    }
}
