package dev.migrate.engine.replay;

import dev.migrate.api.MigrateException;

/** An operation that does not fit the schema replayed so far; the message names the revision and the operation. */
public final class ReplayException extends MigrateException {

    private static final long serialVersionUID = 1L;

    ReplayException(String message) {
        super(Kind.REVISION, message);
    }
}
