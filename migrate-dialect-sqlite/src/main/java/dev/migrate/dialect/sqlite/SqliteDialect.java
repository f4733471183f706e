package dev.migrate.dialect.sqlite;

import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.dialect.common.AnsiDialect;

/** The SQLite dialect. */
public final class SqliteDialect extends AnsiDialect {

    public SqliteDialect() {
        super("sqlite", new DialectCapabilities(true));
    }

    @Override
    public String driverUrl(String configuredUrl) {
        SqliteNativeLibrary.prepare();
        return configuredUrl;
    }
}
