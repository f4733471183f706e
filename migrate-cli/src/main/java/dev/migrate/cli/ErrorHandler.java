package dev.migrate.cli;

import dev.migrate.api.MigrateException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr ({@code migrate: error: ...}) and an exit code
 * from {@link ExitCodes}; the stack trace follows only with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    private final boolean stacktrace;

    ErrorHandler(boolean stacktrace) {
        this.stacktrace = stacktrace;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof MigrateException migrate) {
            report(err, migrate.getMessage(), ex);
            return ExitCodes.of(migrate.kind());
        }
        report(err, "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + (stacktrace ? "" : " (run again with --stacktrace for details)"), ex);
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        report(commandLine.getErr(), describe(ex, commandLine) + " (see '" + command + " --help')", ex);
        return ExitCodes.USAGE;
    }

    /** Picocli's message, except that an unknown command is called that, with picocli's suggestions. */
    private static String describe(ParameterException ex, CommandLine commandLine) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && commandLine.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String typed = unmatched.getUnmatched().get(0);
            List<String> close = unmatched.getSuggestions().stream()
                    .filter(s -> distance(typed, s) <= Math.max(2, typed.length() / 3)).toList();
            return "Unknown command '" + typed + "'" + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?");
        }
        return ex.getMessage();
    }

    /** Levenshtein distance, to keep only suggestions that look like what was typed. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private void report(PrintWriter err, String message, Exception ex) {
        err.println("migrate: error: " + oneLine(message));
        if (stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
