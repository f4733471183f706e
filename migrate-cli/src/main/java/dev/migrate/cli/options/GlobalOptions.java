package dev.migrate.cli.options;

import dev.migrate.engine.config.ConfigRequest;

/** The options given before the command ({@code -c}, {@code -n}, {@code -x}), as sub-commands see them. */
public interface GlobalOptions {

    /** The configuration request these options describe. */
    ConfigRequest configRequest();
}
