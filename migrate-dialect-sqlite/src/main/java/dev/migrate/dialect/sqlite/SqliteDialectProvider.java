package dev.migrate.dialect.sqlite;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectProvider;
import java.util.List;

/** ServiceLoader entry of the SQLite dialect. */
public final class SqliteDialectProvider implements DialectProvider {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:sqlite:");
    }

    @Override
    public Dialect create() {
        return new SqliteDialect();
    }
}
