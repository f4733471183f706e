package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.config.ConfigRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

/**
 * Opens the project (configuration, scripts, graph) on a second thread while picocli builds its
 * command model on the first: the two take about as long, and a start-up spends most of its time
 * in them. The result is used only when picocli's parse gives the same configuration request as
 * this quick look at the arguments; otherwise it is dropped and the project opened again. Even
 * that look happens on the second thread, so that it starts as early as possible.
 */
final class ProjectPrefetch {

    /** Commands that open a project; others (init, help, ...) prefetch nothing. */
    private static final Set<String> PROJECT_COMMANDS = Set.of("revision", "merge", "upgrade", "downgrade", "stamp",
            "current", "history", "heads", "branches", "show", "edit", "check");

    /** Set by the loading thread before {@link #project} completes. */
    private volatile ConfigRequest request;
    private final CompletableFuture<Migrator> project;
    /** Completed when the command asks for its project: picocli accepted the command line. */
    private final CompletableFuture<Void> accepted = new CompletableFuture<>();

    private ProjectPrefetch(String[] args, String command) {
        this.project = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                request = guess(args);
                Migrator migrator = Migrator.open(request);
                if (readsCurrentRows(command, args)) {
                    migrator.readCurrentRowsAhead(accepted);
                }
                migrator.graph();
                ahead(command, args, migrator);
                project.complete(migrator);
            } catch (RuntimeException | Error e) {
                project.completeExceptionally(e);
            }
        }, "migrate-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts loading the project the arguments name, when the command is one that needs it. */
    static Optional<ProjectPrefetch> start(String[] args) {
        String command = Commands.commandName(args);
        if (command == null || !PROJECT_COMMANDS.contains(command) || contains(args, "--help") || contains(args, "-h")) {
            return Optional.empty();
        }
        return Optional.of(new ProjectPrefetch(args.clone(), command));
    }

    /**
     * What the command will ask for first, worked out while picocli is still busy: the whole
     * history (kept by the project), or, for commands that log their steps, the logging framework,
     * whose start scans the class path. A failure here is left for the command to meet and report.
     */
    private static void ahead(String command, String[] args, Migrator migrator) {
        try {
            switch (command) {
                case "history" -> {
                    if (!startsWith(args, "-r") && !startsWith(args, "--rev-range") && !contains(args, "-i")
                            && !contains(args, "--indicate-current")) {
                        migrator.history(Optional.empty(), false);
                    }
                }
                case "upgrade", "downgrade", "stamp" -> LoggerFactory.getILoggerFactory();
                default -> {
                }
            }
        } catch (RuntimeException e) {
            // The command does the same again and reports it.
        }
    }

    private static boolean startsWith(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the command reads the version table once, without changing it: then the first
     * connection is opened while the scripts load.
     */
    private static boolean readsCurrentRows(String command, String[] args) {
        return switch (command) {
            case "current" -> true;
            case "history" -> contains(args, "-i") || contains(args, "--indicate-current");
            case "upgrade", "downgrade" -> contains(args, "--dry-run") && !contains(args, "--sql");
            // Autogenerate and check against the database: the first connection overlaps loading the scripts.
            case "revision" -> contains(args, "--autogenerate") && !contains(args, "--offline");
            case "check" -> !contains(args, "--offline");
            default -> false;
        };
    }

    /** The prefetched project if it was loaded for {@code actual}; exceptions are those of loading it. */
    Optional<Migrator> projectFor(ConfigRequest actual) {
        try {
            Migrator migrator = project.join();
            if (same(request, actual)) {
                accepted.complete(null); // the read ahead may connect now
            }
            return same(request, actual) ? Optional.of(migrator) : Optional.empty();
        } catch (CompletionException e) {
            if (request == null || !same(request, actual)) {
                return Optional.empty();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The global options as picocli will most likely parse them (the arguments before the command). */
    static ConfigRequest guess(String[] args) {
        Path config = null;
        String section = null;
        Map<String, String> x = new LinkedHashMap<>();
        for (int i = 0; i < args.length && args[i].startsWith("-"); i++) {
            String arg = args[i];
            String value = null;
            String name = arg;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (arg.equals("-c") || arg.equals("--config") || arg.equals("-n") || arg.equals("--name") || arg.equals("-x")) {
                value = i + 1 < args.length ? args[++i] : null;
            }
            if (value == null) {
                continue;
            }
            switch (name) {
                case "-c", "--config" -> config = Path.of(value);
                case "-n", "--name" -> section = value;
                case "-x" -> {
                    int split = value.indexOf('=');
                    x.put(split < 0 ? value : value.substring(0, split), split < 0 ? "" : value.substring(split + 1));
                }
                default -> {
                }
            }
        }
        return new ConfigRequest(Optional.ofNullable(config), Optional.ofNullable(section), x, System.getenv(),
                Path.of("").toAbsolutePath());
    }

    /**
     * Compares the requests field by field: a record's generated {@code equals} is bootstrapped
     * through method handles on first use, ~10 ms of a cold start.
     */
    private static boolean same(ConfigRequest a, ConfigRequest b) {
        return a.configFile().equals(b.configFile()) && a.section().equals(b.section())
                && a.xArguments().equals(b.xArguments()) && a.environment().equals(b.environment())
                && a.workingDirectory().equals(b.workingDirectory());
    }

    private static boolean contains(String[] args, String flag) {
        for (String arg : args) {
            if (arg.equals(flag)) {
                return true;
            }
        }
        return false;
    }
}
