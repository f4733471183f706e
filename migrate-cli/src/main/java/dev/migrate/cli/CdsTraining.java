package dev.migrate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the launcher's class-data-sharing archive: runs the everyday commands
 * once, in-process, on a scratch project, so that the classes they load are archived.
 * Not a user command; {@code ./migrate} runs it after building the jar.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("migrate-cds");
        try {
            Path project = dir.resolve("p");
            String config = project.resolve("migrate.yaml").toString();
            run("--help");
            run("--version");
            run("init", project.toString());
            run("-c", config, "revision", "-m", "first");
            run("-c", config, "revision", "-m", "second", "--format", "yaml");
            for (List<String> command : List.of(List.of("heads"), List.of("heads", "--json"), List.of("history"),
                    List.of("history", "--json", "-i"), List.of("current"), List.of("upgrade", "head", "--dry-run"),
                    List.of("stamp", "head"), List.of("current", "--json"), List.of("show", "head"), List.of("branches"),
                    List.of("downgrade", "base", "--dry-run", "--json"), List.of("show", "nope"))) {
                String[] all = Stream.concat(Stream.of("-c", config), command.stream()).toArray(String[]::new);
                run(all);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void run(String... args) {
        MigrateCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
