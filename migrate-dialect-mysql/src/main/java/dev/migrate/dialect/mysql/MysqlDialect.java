package dev.migrate.dialect.mysql;

import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.dialect.common.AnsiDialect;

/** The MySQL and MariaDB dialect. */
public final class MysqlDialect extends AnsiDialect {

    public MysqlDialect() {
        // MySQL and MariaDB commit every DDL statement implicitly: DDL is not transactional.
        super("mysql", new DialectCapabilities(false));
    }
}
