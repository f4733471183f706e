package dev.migrate.dialect.postgres;

import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.dialect.common.AnsiDialect;

/** The PostgreSQL dialect. */
public final class PostgresDialect extends AnsiDialect {

    public PostgresDialect() {
        super("postgres", new DialectCapabilities(true));
    }
}
