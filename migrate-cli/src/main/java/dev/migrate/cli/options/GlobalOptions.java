package dev.migrate.cli.options;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.config.ConfigRequest;

/** The options given before the command ({@code -c}, {@code -n}, {@code -x}), as sub-commands see them. */
public interface GlobalOptions {

    /** The configuration request these options describe. */
    ConfigRequest configRequest();

    /** The project these options name, opened (or taken from an earlier start) on first call. */
    Migrator project();
}
