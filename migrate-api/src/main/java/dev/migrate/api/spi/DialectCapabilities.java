package dev.migrate.api.spi;

/**
 * Flags describing what a database supports.
 *
 * @param transactionalDdl whether DDL statements take part in transactions (PostgreSQL, SQLite)
 *     or commit implicitly (MySQL, MariaDB)
 */
public record DialectCapabilities(boolean transactionalDdl) {
}
