package dev.migrate.cli;

import dev.migrate.cli.options.GlobalOptions;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.config.ConfigRequest;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code migrate} command: global options, the sub-commands, and {@link #main}. */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Database schema migrations for the JVM: revisions, upgrades, downgrades and offline SQL.",
        exitCodeListHeading = "%nExit Codes:%n",
        usageHelpAutoWidth = true)
public final class MigrateCli implements Runnable, GlobalOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: $MIGRATE_CONFIG, else migrate.yaml in the working directory).")
    Path config;

    @Option(names = {"-n", "--name"}, paramLabel = "SECTION",
            description = "Use the settings under 'sections: SECTION:' of the configuration file.")
    String section;

    @Option(names = "-x", paramLabel = "KEY=VALUE",
            description = "Argument for revision scripts (repeatable); a key without '=' gets an empty value.")
    List<String> xArguments = new ArrayList<>();

    @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-v", "--verbose"}, description = "Log each step (SLF4J level info) to stderr.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Optional<ProjectPrefetch> prefetch = Optional.empty();

    @Override
    public ConfigRequest configRequest() {
        Map<String, String> x = new LinkedHashMap<>();
        for (String argument : xArguments) {
            int equals = argument.indexOf('=');
            x.put(equals < 0 ? argument : argument.substring(0, equals), equals < 0 ? "" : argument.substring(equals + 1));
        }
        return new ConfigRequest(Optional.ofNullable(config), Optional.ofNullable(section), x, System.getenv(),
                Path.of("").toAbsolutePath());
    }

    @Override
    public Migrator project() {
        ConfigRequest request = configRequest();
        return prefetch.flatMap(p -> p.projectFor(request)).orElseGet(() -> Migrator.open(request));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        // Results are written in one go at the end: a flush per line costs a system call each.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        int code;
        try {
            code = execute(args, out, new PrintWriter(System.err, true));
        } finally {
            out.flush();
        }
        System.exit(code);
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        // picocli looks for Groovy on the class path unless told not to: a class that is not there
        // makes the class loader read the index of the whole jar.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        ErrorHandler errors = new ErrorHandler(Arrays.asList(args).contains("--stacktrace"));
        MigrateCli root = new MigrateCli();
        root.prefetch = ProjectPrefetch.start(args);
        CommandLine commandLine = new CommandLine(root);
        // Sub-commands first: setOut, setErr and the handlers apply to those registered already.
        Commands.register(commandLine, args);
        commandLine.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCodes.helpTable());
        return commandLine.execute(args);
    }
}
