package dev.migrate.api.spi;

/** A database dialect: what the database can do and how SQL is written for it. */
public interface Dialect {

    /** The name of the provider that created this dialect. */
    String name();

    /** What this database supports, as flags the engine plans with. */
    DialectCapabilities capabilities();
}
