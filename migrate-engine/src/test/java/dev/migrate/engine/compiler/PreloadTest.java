package dev.migrate.engine.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.Migration;
import dev.migrate.api.Revision;
import dev.migrate.engine.source.ScriptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling many scripts together, and defining them through shared class loaders. */
class PreloadTest {

    @TempDir
    Path dir;

    private String previousCache;

    @BeforeEach
    void isolateCache() {
        previousCache = System.getProperty("migrate.cache.dir");
        System.setProperty("migrate.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previousCache == null) {
            System.clearProperty("migrate.cache.dir");
        } else {
            System.setProperty("migrate.cache.dir", previousCache);
        }
    }

    private Path script(String file, String id, String className) throws Exception {
        return Files.writeString(dir.resolve(file), "import dev.migrate.api.*;\n@Revision(id = \"" + id + "\")\nclass "
                + className + " implements Migration {\n public void upgrade(Operations op) { op.execute(\"-- " + id
                + "\"); }\n public void downgrade(Operations op) {}\n}\n");
    }

    @Test
    void scriptsWithTheSameClassNameStillLoadAsThemselves() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Three pairs share a class name: they must be compiled and defined apart.
            files.add(script(i + ".java", "rev" + i, "AddColumn" + (i % 3)));
        }
        JavaRevisionLoader loader = new JavaRevisionLoader(Optional.ofNullable(ToolProvider.getSystemJavaCompiler()));
        loader.preload(files);
        assertEquals(6, loader.compilations());
        for (int i = 0; i < 6; i++) {
            Migration migration = loader.load(files.get(i));
            assertEquals("rev" + i, migration.getClass().getAnnotation(Revision.class).id());
        }
        assertEquals(6, loader.compilations(), "loading after preload compiles nothing");

        // A fresh loader (a new run) finds every script in the class cache.
        JavaRevisionLoader next = new JavaRevisionLoader(Optional.ofNullable(ToolProvider.getSystemJavaCompiler()));
        next.preload(files);
        assertEquals(0, next.compilations());
        assertEquals("rev4", next.load(files.get(4)).getClass().getAnnotation(Revision.class).id());
    }

    @Test
    void aCompileErrorInABatchNamesItsOwnFile() throws Exception {
        Path good = script("a.java", "ra", "Good");
        Path bad = Files.writeString(dir.resolve("b.java"), "import dev.migrate.api.*;\n@Revision(id = \"rb\")\nclass Bad implements "
                + "Migration {\n public void upgrade(Operations op) { op.nope(); }\n public void downgrade(Operations op) {}\n}\n");
        JavaRevisionLoader loader = new JavaRevisionLoader(Optional.ofNullable(ToolProvider.getSystemJavaCompiler()));
        ScriptException error = assertThrows(ScriptException.class, () -> loader.preload(List.of(good, bad)));
        assertTrue(error.getMessage().startsWith(bad + ":4: cannot find symbol"), error.getMessage());
    }
}
