package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How new revision files are named, formatted, placed and post-processed. */
class RevisionFilesTest {

    @TempDir
    Path dir;

    private static String file(String out) {
        return out.strip().replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", "");
    }

    @Test
    void yamlAndJsonRevisionsJoinAJavaChain() throws IOException {
        TestProject p = TestProject.init(dir.resolve("p"), null);
        String a = TestProject.generatedId(p.ok("revision", "-m", "create users"));
        Path yaml = Path.of(file(p.ok("revision", "-m", "add email", "--format", "yaml")));
        assertTrue(yaml.toString().endsWith("_add_email.yaml"), yaml.toString());
        String yamlText = Files.readString(yaml);
        assertTrue(yamlText.contains("revises: [\"" + a + "\"]\n"), yamlText);
        assertTrue(yamlText.contains("message: \"add email\"\n"), yamlText);
        String b = yamlText.lines().filter(l -> l.startsWith("revision: ")).findFirst().orElseThrow()
                .replace("revision: ", "").replace("\"", "");
        Path json = Path.of(file(p.ok("revision", "-m", "add \"quoted\" name", "--format", "json")));
        String jsonText = Files.readString(json);
        assertTrue(jsonText.contains("\"revises\" : [ \"" + b + "\" ]"), jsonText);
        assertTrue(jsonText.contains("\"message\" : \"add \\\"quoted\\\" name\""), jsonText);
        List<String> history = p.ok("history").lines().toList();
        assertEquals(3, history.size());
        assertTrue(history.get(0).contains(b + " -> "), history.get(0));
        assertTrue(history.get(2).startsWith("<base> -> " + a), history.get(2));
    }

    @Test
    void timestampIdsAndTheFileTemplate() throws IOException {
        TestProject p = TestProject.init(dir.resolve("p"), null);
        p.replaceInConfig("revision_id: random", "revision_id: timestamp");
        p.replaceInConfig("file_template: \"{yyyy}{MM}{dd}_{HH}{mm}_{slug}\"", "file_template: \"{rev}_{slug}\"");
        String before = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm").format(LocalDateTime.now());
        String first = file(p.ok("revision", "-m", "Create users table"));
        String second = file(p.ok("revision", "-m", "Create users table"));
        String after = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm").format(LocalDateTime.now());
        String firstId = Path.of(first).getFileName().toString().replace("_create_users_table.java", "");
        String secondId = Path.of(second).getFileName().toString().replace("_create_users_table.java", "");
        assertTrue(firstId.equals(before) || firstId.equals(after), firstId);
        assertEquals(firstId + "_2", secondId, "same minute, same slug: the id gets a counter");
        assertEquals(List.of(secondId + " (head)"), p.ok("heads").lines().toList());
    }

    @Test
    void severalVersionLocationsAndRecursion() throws IOException {
        TestProject p = TestProject.init(dir.resolve("p"), null);
        p.replaceInConfig("# version_locations: [migrations/versions]",
                "version_locations: [migrations/versions, migrations/billing]");
        Files.createDirectories(p.dir.resolve("migrations/billing"));
        String core = TestProject.generatedId(p.ok("revision", "-m", "core", "--version-path",
                p.dir.resolve("migrations/versions").toString()));
        CliRun noPath = p.run("revision", "-m", "billing base", "--head", "base", "--branch-label", "billing");
        assertEquals("migrate: error: Several version locations are configured; pass --version-path for a new base\n", noPath.err());
        String billing = file(p.ok("revision", "-m", "billing base", "--head", "base", "--branch-label", "billing",
                "--version-path", p.dir.resolve("migrations/billing").toString()));
        assertTrue(billing.startsWith(p.dir.resolve("migrations/billing").toString()), billing);
        String next = file(p.ok("revision", "-m", "billing next", "--head", "billing@head"));
        assertTrue(next.startsWith(p.dir.resolve("migrations/billing").toString()), "follows its parent's location: " + next);
        assertEquals(2, p.ok("heads").lines().count());
        assertTrue(p.ok("heads").contains(core + " (head)"));

        // A script in a sub-folder counts only with recursive_version_locations.
        p.script("nested/9_n.java", "nnnn0009", "\"" + core + "\"", "");
        assertEquals(2, p.ok("heads").lines().count());
        p.replaceInConfig("# recursive_version_locations: false", "recursive_version_locations: true");
        assertTrue(p.ok("heads").contains("nnnn0009 (head)"), p.ok("heads"));
    }

    @Test
    void postWriteHooksRunOnTheNewFile() throws IOException {
        TestProject p = TestProject.init(dir.resolve("p"), null);
        p.replaceInConfig("# post_write_hooks:", """
                post_write_hooks:
                  - name: stamp-footer
                    type: exec
                    executable: /bin/sh
                    options: ["-c", "printf '// formatted by hook\\\\n' >> \\"$0\\"", REVISION_SCRIPT_FILENAME]
                #""");
        Path written = Path.of(file(p.ok("revision", "-m", "hooked")));
        assertTrue(Files.readString(written).endsWith("// formatted by hook\n"), Files.readString(written));

        p.replaceInConfig("executable: /bin/sh", "executable: /bin/false");
        CliRun failed = p.run("revision", "-m", "second");
        assertEquals(ExitCodes.CONFIGURATION, failed.exitCode());
        assertTrue(failed.err().startsWith("migrate: error: Post-write hook 'stamp-footer' (/bin/false "), failed.err());
        assertTrue(failed.err().contains(") failed with exit code 1; the revision was written to "), failed.err());
        try (Stream<Path> files = Files.list(p.dir.resolve("migrations/versions"))) {
            assertEquals(2, files.count(), "the revision stays written");
        }
    }
}
