package dev.migrate.dialect.postgres;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectProvider;
import java.util.List;

/** ServiceLoader entry of the PostgreSQL dialect. */
public final class PostgresDialectProvider implements DialectProvider {

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public Dialect create() {
        return new PostgresDialect();
    }
}
