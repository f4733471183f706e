package dev.migrate.dialect.mysql;

import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectCapabilities;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The MySQL and MariaDB dialect. */
public final class MysqlDialect extends AnsiDialect {

    private static final AnsiLiterals LITERALS = new MysqlLiterals();

    public MysqlDialect() {
        // MySQL and MariaDB commit every DDL statement implicitly: DDL is not transactional.
        super("mysql", new DialectCapabilities(false, false, false));
    }

    // MySQL/MariaDB: the command-line client may talk utf8mb3 (Debian's default), which rejects
    // 4-byte characters such as emoji in a script's literals.
    @Override
    public List<Statement> scriptPreamble() {
        return List.of(Statement.of("SET NAMES utf8mb4"));
    }

    @Override
    protected String quoteCharacter() {
        return "`";
    }

    @Override
    protected Set<String> reservedWords() {
        return ReservedWords.MYSQL;
    }

    @Override
    protected AnsiDdlRenderer renderer(SchemaModel before) {
        return new MysqlDdlRenderer(this, before);
    }

    @Override
    protected AnsiLiterals literals() {
        return LITERALS;
    }

    @Override
    protected ExpressionDialect expressionDialect() {
        return ExpressionDialect.MYSQL;
    }

    // MariaDB Connector/J accepts jdbc:mysql: only with permitMysqlScheme; it speaks to MySQL either way.
    @Override
    public String driverUrl(String configuredUrl) {
        return configuredUrl.startsWith("jdbc:mysql:")
                ? "jdbc:mariadb:" + configuredUrl.substring("jdbc:mysql:".length())
                : configuredUrl;
    }

    // MySQL: a schema is a database, which JDBC metadata calls the catalog.
    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(schema.orElse(connection.getCatalog()), null, table,
                new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    @Override
    public Optional<SchemaInspector> inspector() {
        return Optional.of(new MysqlInspector(this));
    }

    @Override
    public Optional<Driver> driver() {
        return Optional.of(new org.mariadb.jdbc.Driver());
    }

    @Override
    public Optional<RunLock> runLock() {
        return Optional.of(new MysqlRunLock());
    }
}
