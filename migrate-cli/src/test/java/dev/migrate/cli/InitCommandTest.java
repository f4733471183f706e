package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void initWritesConfigVersionsAndTemplates() throws IOException {
        Path project = dir.resolve("db");
        CliRun run = CliRun.of("init", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isDirectory(project.resolve("migrations/versions")));
        assertTrue(Files.readString(project.resolve("migrate.yaml")).contains("url: jdbc:sqlite:${here}/migrate.db"));
        assertTrue(Files.readString(project.resolve("migrations/script.java.tmpl")).contains("implements Migration"));
        assertTrue(Files.isRegularFile(project.resolve("migrations/script.yaml.tmpl")));
        assertTrue(run.out().contains("Created " + project.resolve("migrate.yaml")), run.out());
    }

    @Test
    void yamlTemplateMakesYamlTheRevisionFormat() throws IOException {
        CliRun run = CliRun.of("init", "--template", "yaml", dir.resolve("y").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("y/migrate.yaml")).contains("revision_format: yaml"));
    }

    @Test
    void refusesNonEmptyDirectoriesAndUnknownTemplates() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "x");
        CliRun nonEmpty = CliRun.of("init", dir.toString());
        assertEquals(ExitCodes.CONFIGURATION, nonEmpty.exitCode());
        assertEquals(List.of("migrate: error: Directory " + dir + " already exists and is not empty; give 'init' a new "
                + "or empty directory"), nonEmpty.err().lines().toList());
        CliRun unknown = CliRun.of("init", "-t", "async", dir.resolve("n").toString());
        assertEquals(List.of("migrate: error: No such template 'async'; available: generic, yaml"), unknown.err().lines().toList());
        assertTrue(Files.notExists(dir.resolve("n")));
    }

    @Test
    void listTemplates() {
        CliRun run = CliRun.of("list-templates");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("generic - Java revision scripts"), run.out());
        assertTrue(run.out().contains("yaml - Declarative YAML revision files"), run.out());
    }
}
