package dev.migrate.cli;

import dev.migrate.api.MigrateException;
import java.io.PrintWriter;
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
        report(commandLine.getErr(), ex.getMessage() + " (see '" + command + " --help')", ex);
        return ExitCodes.USAGE;
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
