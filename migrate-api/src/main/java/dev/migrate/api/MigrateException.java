package dev.migrate.api;

/**
 * Root of the errors migrate reports to users: the message is one line that names the cause and
 * the fix, and {@link #kind()} says which exit code the command line uses.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the caller needs to tell errors apart. */
    public enum Kind {
        /** Bad configuration or arguments. */
        CONFIGURATION,
        /** A broken revision graph or an identifier that does not resolve. */
        REVISION,
        /** The database refused, could not be reached, or is not in the expected state. */
        DATABASE,
        /** A needed plug-in (dialect) is missing. */
        PLUGIN,
        /** Another run held the lock longer than the configured wait. */
        LOCK
    }

    private final Kind kind;

    public MigrateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigrateException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
