package dev.migrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.revision.RevisionHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-header cache never serves a header that no longer matches its file. */
class HeaderCacheTest {

    @TempDir
    Path dir;

    private String previousCacheDir;
    private Path versions;

    @BeforeEach
    void isolateCache() throws IOException {
        previousCacheDir = System.getProperty("migrate.cache.dir");
        System.setProperty("migrate.cache.dir", dir.resolve("cache").toString());
        versions = Files.createDirectories(dir.resolve("versions"));
    }

    @AfterEach
    void restore() {
        if (previousCacheDir == null) {
            System.clearProperty("migrate.cache.dir");
        } else {
            System.setProperty("migrate.cache.dir", previousCacheDir);
        }
    }

    private Path script(String file, String id, String message) throws IOException {
        return Files.writeString(versions.resolve(file), "@Revision(id = \"" + id + "\", message = \"" + message + "\")\nclass X {}\n");
    }

    private List<RevisionHeader> load() {
        return RevisionScripts.load(List.of(versions), false);
    }

    @Test
    void reusesUnchangedAndRereadsChangedFiles() throws IOException {
        Path a = script("1_a.java", "aaaa", "first");
        script("2_b.java", "bbbb", "second");
        assertEquals(List.of("first", "second"), load().stream().map(RevisionHeader::message).toList());
        assertTrue(cacheFiles() == 1, "the cache was written");

        // Same size, new content and time: re-read.
        script("1_a.java", "aaaa", "FIRST");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));
        assertEquals(List.of("FIRST", "second"), load().stream().map(RevisionHeader::message).toList());

        // Different size, even with the old time: re-read.
        FileTime time = Files.getLastModifiedTime(a);
        script("1_a.java", "aaaa", "first again");
        Files.setLastModifiedTime(a, time);
        assertEquals(List.of("first again", "second"), load().stream().map(RevisionHeader::message).toList());

        // Removed and added files.
        Files.delete(versions.resolve("2_b.java"));
        script("3_c.java", "cccc", "third");
        assertEquals(List.of("aaaa", "cccc"), load().stream().map(RevisionHeader::id).toList());
    }

    @Test
    void servesTheSameHeaderAsParsing() throws IOException {
        Files.writeString(versions.resolve("m.java"), "@Revision(id = \"mmmm\", revises = {\"aaaa\", \"bbbb\"}, "
                + "branchLabels = \"x\", dependsOn = \"cccc\", message = \"caf\\u00e9\\nline two\", created = \"2026-01-01T00:00:00\")\nclass M {}\n");
        List<RevisionHeader> parsed = load();
        List<RevisionHeader> cached = load();
        assertEquals(parsed, cached);
        assertEquals("café\nline two", cached.get(0).message());
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        script("1_a.java", "aaaa", "first");
        load();
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {0, 0, 0, 2, 0x7f, 1, 2});
            }
        }
        assertEquals(List.of("first"), load().stream().map(RevisionHeader::message).toList());
    }

    @Test
    void anUnwritableCacheDirectoryIsNotAnError() throws IOException {
        Files.writeString(dir.resolve("not-a-dir"), "x");
        System.setProperty("migrate.cache.dir", dir.resolve("not-a-dir").resolve("sub").toString());
        script("1_a.java", "aaaa", "first");
        assertEquals(List.of("first"), load().stream().map(RevisionHeader::message).toList());
    }

    private long cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.count();
        }
    }
}
