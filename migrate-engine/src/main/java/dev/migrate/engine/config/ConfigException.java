package dev.migrate.engine.config;

import dev.migrate.api.MigrateException;

/** The configuration is missing or wrong; the message names the file, the key and the fix. */
public final class ConfigException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(Kind.CONFIGURATION, message);
    }

    public ConfigException(String message, Throwable cause) {
        super(Kind.CONFIGURATION, message, cause);
    }
}
