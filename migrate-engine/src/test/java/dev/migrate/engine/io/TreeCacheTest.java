package dev.migrate.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCacheTest {

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void isolate() {
        previous = System.getProperty("migrate.cache.dir");
        System.setProperty("migrate.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("migrate.cache.dir");
        } else {
            System.setProperty("migrate.cache.dir", previous);
        }
    }

    @Test
    void cachedTreeEqualsParsedTreeAndFollowsEveryEdit() throws Exception {
        Path file = dir.resolve("migrate.yaml");
        Files.writeString(file, "url: jdbc:sqlite:a.db\nsize: 40\nratio: 1.5\nflag: true\nnothing:\nlist: [a, 2]\nmap: {k: v}\n");
        Object parsed = TreeCache.read(file);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) parsed);
        assertTrue(map.containsKey("nothing"));
        map.remove("nothing");
        assertEquals(Map.of("url", "jdbc:sqlite:a.db", "size", 40, "ratio", 1.5, "flag", true, "list", List.of("a", 2),
                "map", Map.of("k", "v")), map);
        assertEquals(parsed, TreeCache.read(file));
        // Rewritten at once with the same size: the nanosecond modification time tells them apart.
        for (char c = 'b'; c <= 'f'; c++) {
            Files.writeString(file, "url: jdbc:sqlite:" + c + ".db\n");
            assertEquals(Map.of("url", "jdbc:sqlite:" + c + ".db"), TreeCache.read(file));
        }
        Files.writeString(file, "");
        assertNull(TreeCache.read(file));
        assertNull(TreeCache.read(file));
    }
}
