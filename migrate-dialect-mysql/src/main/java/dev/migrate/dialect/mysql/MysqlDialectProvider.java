package dev.migrate.dialect.mysql;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectProvider;
import java.util.List;

/** ServiceLoader entry of the MySQL and MariaDB dialect. */
public final class MysqlDialectProvider implements DialectProvider {

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mysql:", "jdbc:mariadb:");
    }

    @Override
    public Dialect create() {
        return new MysqlDialect();
    }
}
