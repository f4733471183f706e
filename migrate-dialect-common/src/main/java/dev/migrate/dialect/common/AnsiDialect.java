package dev.migrate.dialect.common;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectCapabilities;

/**
 * Base of the built-in dialects: ANSI SQL behaviour that a concrete dialect overrides only where
 * its database differs.
 */
public abstract class AnsiDialect implements Dialect {

    private final String name;
    private final DialectCapabilities capabilities;

    protected AnsiDialect(String name, DialectCapabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String toString() {
        return name;
    }
}
