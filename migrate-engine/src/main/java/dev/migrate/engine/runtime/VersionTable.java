package dev.migrate.engine.runtime;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import dev.migrate.engine.plan.VersionChange;

/**
 * The version table: one {@code version_num} row per current head of the database, changed by
 * insert, update and delete as migrations run (Alembic's {@code alembic_version}).
 */
public final class VersionTable {

    /** Longest revision id the table stores. */
    public static final int ID_LENGTH = 128;
    /** The column that holds a head's revision id. */
    public static final String COLUMN = "version_num";

    private final Dialect dialect;
    private final String name;
    private final Optional<String> schema;

    public VersionTable(Dialect dialect, String name, Optional<String> schema) {
        this.dialect = dialect;
        this.name = name;
        this.schema = schema;
    }

    /** The table name as written in SQL, schema-qualified when a schema is configured. */
    public String qualifiedName() {
        String table = dialect.quoteIdentifier(name);
        return schema.map(s -> dialect.quoteIdentifier(s) + "." + table).orElse(table);
    }

    /** The statement that creates the table. */
    public String createSql() {
        return "CREATE TABLE " + qualifiedName() + " (version_num VARCHAR(" + ID_LENGTH + ") NOT NULL, CONSTRAINT "
                + dialect.quoteIdentifier(name + "_pkc") + " PRIMARY KEY (version_num))";
    }

    /** The statement for one version-table change, with values as literals (offline scripts). */
    public String sql(VersionChange change, Function<Object, String> literal) {
        if (change instanceof VersionChange.Insert insert) {
            return "INSERT INTO " + qualifiedName() + " (version_num) VALUES (" + literal.apply(insert.revision()) + ")";
        }
        if (change instanceof VersionChange.Update update) {
            return "UPDATE " + qualifiedName() + " SET version_num = " + literal.apply(update.to())
                    + " WHERE version_num = " + literal.apply(update.from());
        }
        VersionChange.Delete delete = (VersionChange.Delete) change;
        return "DELETE FROM " + qualifiedName() + " WHERE version_num = " + literal.apply(delete.revision());
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, schema, name);
    }

    /** The current heads, sorted; empty when the table does not exist yet. */
    public List<String> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM " + qualifiedName() + " ORDER BY version_num")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** Creates the table unless it exists. */
    public void ensure(Connection connection) throws SQLException {
        if (!exists(connection)) {
            try (Statement s = connection.createStatement()) {
                s.execute(createSql());
            }
        }
    }

    public void insert(Connection connection, String revision) throws SQLException {
        execute(connection, "INSERT INTO " + qualifiedName() + " (version_num) VALUES (?)", revision);
    }

    public void update(Connection connection, String from, String to) throws SQLException {
        int rows = execute(connection, "UPDATE " + qualifiedName() + " SET version_num = ? WHERE version_num = ?", to, from);
        expectOne(rows, "updating '" + from + "' to '" + to + "'");
    }

    public void delete(Connection connection, String revision) throws SQLException {
        int rows = execute(connection, "DELETE FROM " + qualifiedName() + " WHERE version_num = ?", revision);
        expectOne(rows, "deleting '" + revision + "'");
    }

    /** Deletes every row ({@code stamp --purge}). */
    public void purge(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM " + qualifiedName());
        }
    }

    private static int execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private void expectOne(int rows, String what) {
        if (rows != 1) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Expected one row in " + qualifiedName()
                    + " when " + what + ", found " + rows + "; another process changed the version table. "
                    + "Check 'migrate current' and fix it with 'migrate stamp'.");
        }
    }
}
