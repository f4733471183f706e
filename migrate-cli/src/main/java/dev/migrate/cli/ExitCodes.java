package dev.migrate.cli;

import dev.migrate.api.MigrateException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, in one table that {@code --help} shows. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int REVISION = 3;
    public static final int DATABASE = 4;
    public static final int CHECK_FAILED = 5;
    public static final int LOCK = 6;
    public static final int CONFIGURATION = 7;
    public static final int PLUGIN = 8;
    public static final int MODEL_DIFFERS = 9;

    private ExitCodes() {
    }

    /** The table shown under "Exit Codes" in {@code --help}. */
    public static Map<String, String> helpTable() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put(OK + "", "Success.");
        table.put(ERROR + "", "Unexpected error (run with --stacktrace and report it).");
        table.put(USAGE + "", "Invalid command line.");
        table.put(REVISION + "", "Revision scripts or a revision identifier are wrong.");
        table.put(DATABASE + "", "The database refused, is unreachable, or is not in the expected state.");
        table.put(CHECK_FAILED + "", "'check' found drift: applied revisions differ from the scripts.");
        table.put(LOCK + "", "Another migrate run holds the lock.");
        table.put(CONFIGURATION + "", "Configuration is missing or invalid.");
        table.put(PLUGIN + "", "No dialect serves the database URL.");
        table.put(MODEL_DIFFERS + "", "'check' found the database (or, with --offline, the revisions' schema) differs "
                + "from the target model.");
        return table;
    }

    /** The exit code for an error the engine reported. */
    public static int of(MigrateException.Kind kind) {
        return switch (kind) {
            case CONFIGURATION -> CONFIGURATION;
            case REVISION -> REVISION;
            case DATABASE -> DATABASE;
            case PLUGIN -> PLUGIN;
            case LOCK -> LOCK;
        };
    }
}
