package dev.migrate.api.spi;

/**
 * Entry point of a dialect plug-in, found through {@link java.util.ServiceLoader}.
 *
 * <p>A dialect jar lists its provider in
 * {@code META-INF/services/dev.migrate.api.spi.DialectProvider}. The engine asks every provider
 * whether it {@linkplain #accepts(String) accepts} the configured JDBC URL and picks the one with
 * the highest {@linkplain #priority() priority}; a {@code dialect} setting picks by {@link #name()}.
 */
public interface DialectProvider {

    /** Short lower-case name used in configuration and listings, e.g. {@code postgres}. */
    String name();

    /** The JDBC URL prefixes this dialect serves, e.g. {@code jdbc:postgresql:}. */
    java.util.List<String> urlPrefixes();

    /** Whether this dialect serves the given JDBC URL. */
    default boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && urlPrefixes().stream().anyMatch(jdbcUrl::startsWith);
    }

    /** Tie-breaker when several providers accept one URL; higher wins. Built-in dialects use 0. */
    default int priority() {
        return 0;
    }

    /** Creates the dialect. */
    Dialect create();
}
