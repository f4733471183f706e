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
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

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
}
