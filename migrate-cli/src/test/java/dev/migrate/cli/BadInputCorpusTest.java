package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input everywhere gets one line on stderr that names the cause and the fix, a non-zero
 * exit code, and nothing on stdout. Each case builds a project, runs one command and expects
 * its exact message ({@code <dir>} stands for the project folder).
 */
class BadInputCorpusTest {

    /** One bad input: files to write (path → text; a null text deletes), the command, and the expected result. */
    record Case(String name, Map<String, String> files, List<String> args, int exitCode, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String CHAIN = "chain";

    static Stream<Case> cases() {
        return BadInputCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineErrorAndExitCode(Case c) throws IOException {
        Path dir = Files.createTempDirectory("bad-input");
        try {
            for (Map.Entry<String, String> file : c.files().entrySet()) {
                Path path = dir.resolve(file.getKey());
                if (file.getValue() == null) {
                    Files.deleteIfExists(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue().replace("<dir>", dir.toString()));
                }
            }
            List<String> args = new ArrayList<>();
            for (String arg : c.args()) {
                args.add(arg.replace("<dir>", dir.toString()));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String err = run.err().replace(dir.toRealPath().toString(), "<dir>").replace(dir.toString(), "<dir>");
            if (Boolean.getBoolean("badInput.record")) {
                Files.writeString(Path.of("target/bad-input-actual.txt"), c.name() + "\t" + run.exitCode() + "\t"
                        + err.strip().replace("\n", "\\n") + "\n", java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            assertAll(
                    () -> assertEquals(List.of("migrate: error: " + c.message()), err.lines().toList()),
                    () -> assertEquals(c.exitCode(), run.exitCode(), err),
                    () -> assertEquals("", run.out()));
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Files of a small valid project: a - b - c, with an SQLite URL. */
    static Map<String, String> project(String... extraFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("migrate.yaml", "url: jdbc:sqlite:${here}/app.db\n");
        files.put("migrations/versions/1_a.java", script("aaaa0001", ""));
        files.put("migrations/versions/2_b.java", script("bbbb0002", "\"aaaa0001\""));
        files.put("migrations/versions/3_c.java", script("cccc0003", "\"bbbb0002\""));
        for (int i = 0; i + 1 < extraFiles.length; i += 2) {
            files.put(extraFiles[i], extraFiles[i + 1]);
        }
        return files;
    }

    static String script(String id, String revises) {
        return "import dev.migrate.api.*;\n@Revision(id = \"" + id + "\", revises = {" + revises + "}, message = \"" + id
                + "\")\nclass R" + id + " implements Migration {\n public void upgrade(Operations op) {}\n"
                + " public void downgrade(Operations op) {}\n}\n";
    }

    static List<String> run(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", "<dir>/migrate.yaml"));
        all.addAll(List.of(args));
        return all;
    }
}
