package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.config.ConfigRequest;

/** A project in a temporary directory, driven through the real command line. */
final class TestProject {

    final Path dir;
    final Path config;

    private TestProject(Path dir) {
        this.dir = dir;
        this.config = dir.resolve("migrate.yaml");
    }

    /** {@code migrate init} in {@code dir}, optionally pointing the project at {@code url}. */
    static TestProject init(Path dir, String url) {
        CliRun run = CliRun.of("init", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        TestProject project = new TestProject(dir);
        if (url != null) {
            project.replaceInConfig("url: jdbc:sqlite:${here}/migrate.db", "url: " + url);
        }
        return project;
    }

    /** A copy of {@code examples/quickstart} in {@code dir}, pointed at {@code url}. */
    static TestProject quickstart(Path dir, String url) {
        return example("quickstart", "url: jdbc:sqlite:${here}/quickstart.db", dir, url);
    }

    /** A copy of {@code examples/<name>} in {@code dir}, its {@code urlLine} pointed at {@code url}. */
    static TestProject example(String name, String urlLine, Path dir, String url) {
        Path source = Path.of("..", "examples", name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".db")) {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestProject p = TestProject.open(dir);
        p.replaceInConfig(urlLine, "url: " + url);
        return p;
    }

    /** The engine facade on this project, as an application embedding migrate would open it. */
    Migrator migrator() {
        return Migrator.open(new ConfigRequest(Optional.of(config), Optional.empty(), Map.of(), Map.of(), dir));
    }

    /** An existing project folder holding a migrate.yaml. */
    static TestProject open(Path dir) {
        return new TestProject(dir);
    }

    /** Runs a command with {@code -c <this project's config>}. */
    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", config.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Runs a command that must succeed and returns its standard output. */
    String ok(String... args) {
        CliRun run = run(args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + " failed: " + run.err());
        return run.out();
    }

    /** Writes a Java revision script with the given header directly (as a teammate's commit would). */
    Path script(String fileName, String id, String revises, String extra) {
        String text = "import dev.migrate.api.*;\n\n@Revision(id = \"" + id + "\", revises = {" + revises + "}"
                + (extra.isEmpty() ? "" : ", " + extra) + ", message = \"" + id + " message\")\n"
                + "class R" + id + " implements Migration {\n"
                + "    public void upgrade(Operations op) {}\n    public void downgrade(Operations op) {}\n}\n";
        return write("migrations/versions/" + fileName, text);
    }

    Path write(String relative, String text) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    void replaceInConfig(String from, String to) {
        try {
            String text = Files.readString(config);
            if (!text.contains(from)) {
                throw new IllegalStateException("not in config: " + from);
            }
            Files.writeString(config, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the revision {@code revision} just wrote, read from the "Generating FILE" line. */
    static String generatedId(String out) throws IOException {
        String file = out.strip().replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", "");
        String text = Files.readString(Path.of(file));
        int start = text.indexOf("id = \"") + 6;
        return text.substring(start, text.indexOf('"', start));
    }
}
