package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the packaged, runnable CLI jar (run by Failsafe after {@code package}). */
class CliJarIT {

    private static Path jar() {
        Path jar = Path.of(System.getProperty("migrate.cli.jar", "target/migrate.jar"));
        assertTrue(Files.isRegularFile(jar), "CLI jar not built: " + jar);
        return jar;
    }

    @Test
    void serviceLoaderFindsExactlyTheThreeBuiltInDialectsInTheJar() throws Exception {
        // The jar alone on the class path, with only the platform classes as parent.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> spi = Class.forName("dev.migrate.api.spi.DialectProvider", false, loader);
            Method name = spi.getMethod("name");
            List<String> names = new ArrayList<>();
            for (Object provider : ServiceLoader.load(spi, loader)) {
                names.add((String) name.invoke(provider));
            }
            names.sort(null);
            assertEquals(List.of("mysql", "postgres", "sqlite"), names);
        }
    }

    @Test
    void jarRunsAndPrintsItsVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.startsWith("migrate " + VersionProvider.version()), output);
    }

    /** Runs the packaged jar in {@code dir} with extra environment variables; returns exit code and output. */
    private static String[] run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmigrate.cache.dir=" + dir.resolve(".cache"), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("MIGRATE_URL");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(process.waitFor()), output};
    }

    @Test
    void editOpensTheRevisionFileInTheEditor(@TempDir Path dir) throws Exception {
        assertEquals("0", run(dir, Map.of(), "init", "p")[0]);
        String[] revision = run(dir, Map.of(), "-c", "p/migrate.yaml", "revision", "-m", "first");
        assertEquals("0", revision[0], revision[1]);
        Path file = Path.of(revision[1].strip().replaceFirst("^Generating ", "").replaceFirst(" \\.\\.\\.  done$", ""));
        String[] edit = run(dir, Map.of("EDITOR", "sed -i s/first/edited/", "VISUAL", ""),
                "-c", "p/migrate.yaml", "edit", "head");
        assertEquals("0", edit[0], edit[1]);
        assertTrue(Files.readString(file).contains("message = \"edited\""), Files.readString(file));
        String[] noEditor = run(dir, Map.of("EDITOR", "", "VISUAL", ""), "-c", "p/migrate.yaml", "edit", "head");
        assertEquals(Integer.toString(ExitCodes.CONFIGURATION), noEditor[0]);
        assertEquals("migrate: error: No editor: set the VISUAL or EDITOR environment variable, e.g. EDITOR=vi\n", noEditor[1]);
    }

    @Test
    void migrateUrlFromTheEnvironmentOverridesTheFile(@TempDir Path dir) throws Exception {
        assertEquals("0", run(dir, Map.of(), "init", "p")[0]);
        assertEquals("0", run(dir, Map.of(), "-c", "p/migrate.yaml", "revision", "-m", "first")[0]);
        Path other = dir.resolve("other.db");
        String[] stamp = run(dir, Map.of("MIGRATE_URL", "jdbc:sqlite:" + other), "-c", "p/migrate.yaml", "stamp", "head");
        assertEquals("0", stamp[0], stamp[1]);
        assertTrue(Files.exists(other), "MIGRATE_URL's database was used");
        assertTrue(Files.notExists(dir.resolve("p/migrate.db")), "the file's database was not touched");
        String[] current = run(dir, Map.of("MIGRATE_URL", "jdbc:sqlite:" + other), "-c", "p/migrate.yaml", "current");
        assertTrue(current[1].endsWith(" (head)\n"), current[1]);
    }

    @Test
    void compilesJavaRevisionScriptsFromTheShadedJar(@TempDir Path dir) throws Exception {
        Path project = TestProject.quickstart(dir.resolve("quickstart"), "jdbc:sqlite:" + dir.resolve("quickstart.db")).dir;
        String[] sql = run(dir, Map.of(), "-c", "quickstart/migrate.yaml", "upgrade", "head", "--sql");
        assertEquals("0", sql[0], sql[1]);
        assertTrue(sql[1].contains("CREATE TABLE api_keys ("), sql[1]);
        assertTrue(sql[1].contains("UPDATE users SET full_name = first_name || ' ' || last_name"), sql[1]);
        String[] broken = run(dir, Map.of(), "-c", "quickstart/migrate.yaml", "upgrade", "head", "--sql");
        assertEquals("0", broken[0], "second run uses the compiled-class cache: " + broken[1]);
        Files.writeString(project.resolve("migrations/versions/20260117_1100_add_avatar_to_users.java"),
                Files.readString(project.resolve("migrations/versions/20260117_1100_add_avatar_to_users.java"))
                        .replace("op.addColumn(", "op.addColumnn("));
        String[] error = run(dir, Map.of(), "-c", "quickstart/migrate.yaml", "upgrade", "head", "--sql");
        assertEquals(Integer.toString(ExitCodes.REVISION), error[0], error[1]);
        assertTrue(error[1].startsWith("migrate: error: ") && error[1].contains("20260117_1100_add_avatar_to_users.java:")
                && error[1].contains("cannot find symbol"), error[1]);
        assertEquals(1, error[1].lines().count(), error[1]);
    }
}
