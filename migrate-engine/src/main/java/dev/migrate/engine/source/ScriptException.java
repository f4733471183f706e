package dev.migrate.engine.source;

import dev.migrate.api.MigrateException;

/** A revision script whose header cannot be read; the message names the file and line. */
public final class ScriptException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public ScriptException(String source, int line, String problem) {
        super(Kind.REVISION, source + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public ScriptException(String message) {
        super(Kind.REVISION, message);
    }
}
