package dev.migrate.dialect.sqlite;

import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.ReplayedOperation;
import dev.migrate.api.spi.RunLock;
import dev.migrate.api.spi.SchemaInspector;
import dev.migrate.api.spi.Statement;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import dev.migrate.dialect.common.AnsiDialect;
import dev.migrate.dialect.common.AnsiLiterals;
import dev.migrate.dialect.common.ReservedWords;
import dev.migrate.dialect.common.calcite.ExpressionDialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SQLite dialect. */
public final class SqliteDialect extends AnsiDialect {

    private static final AnsiLiterals LITERALS = new SqliteLiterals();

    public SqliteDialect() {
        super("sqlite", new DialectCapabilities(true));
    }

    @Override
    protected Set<String> reservedWords() {
        return ReservedWords.SQLITE;
    }

    @Override
    protected AnsiDdlRenderer renderer(SchemaModel before) {
        return new SqliteDdlRenderer(this, before);
    }

    // SQLite: what its ALTER TABLE cannot do is done by rebuilding the table, once per run of changes.
    @Override
    public List<Statement> render(List<ReplayedOperation> operations) {
        return new SqliteRebuilds(this).render(operations);
    }

    @Override
    protected AnsiLiterals literals() {
        return LITERALS;
    }

    @Override
    protected ExpressionDialect expressionDialect() {
        return ExpressionDialect.SQLITE;
    }

    // SQLite: one indexed lookup in sqlite_master; the driver's generic metadata query is far heavier.
    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        String master = schema.map(s -> quoteIdentifier(s) + ".sqlite_master").orElse("sqlite_master");
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM " + master + " WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String driverUrl(String configuredUrl) {
        SqliteNativeLibrary.prepare();
        return configuredUrl;
    }

    @Override
    public Optional<SchemaInspector> inspector() {
        return Optional.of(new SqliteInspector(this));
    }

    @Override
    public Optional<Driver> driver() {
        return Optional.of(new org.sqlite.JDBC());
    }

    @Override
    public Optional<RunLock> runLock() {
        return Optional.of(new SqliteRunLock());
    }
}
