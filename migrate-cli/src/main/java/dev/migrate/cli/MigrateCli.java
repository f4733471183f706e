package dev.migrate.cli;

import dev.migrate.cli.commands.DialectsCommand;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code migrate} command: global options, the sub-commands, and {@link #main}. */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Database schema migrations for the JVM: revisions, upgrades, downgrades and offline SQL.",
        subcommands = {DialectsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit Codes:%n",
        usageHelpAutoWidth = true)
public final class MigrateCli implements Runnable {

    @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-v", "--verbose"}, description = "Log each step (SLF4J level info) to stderr.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        ErrorHandler errors = new ErrorHandler(Arrays.asList(args).contains("--stacktrace"));
        CommandLine commandLine = new CommandLine(new MigrateCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCodes.helpTable());
        return commandLine.execute(args);
    }
}
