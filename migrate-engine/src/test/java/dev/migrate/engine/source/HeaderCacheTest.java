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
    void aSettledListingNoticesAddedRemovedAndEditedFiles() throws IOException {
        Path a = script("1_a.java", "aaaa", "first");
        script("2_b.java", "bbbb", "second");
        settle(versions);
        assertEquals(List.of("aaaa", "bbbb"), ids(load()));
        assertEquals(List.of("aaaa", "bbbb"), ids(load()));

        script("3_c.java", "cccc", "third");
        assertEquals(List.of("aaaa", "bbbb", "cccc"), ids(load()));

        settle(versions);
        load();
        Files.delete(versions.resolve("2_b.java"));
        assertEquals(List.of("aaaa", "cccc"), ids(load()));

        // Edited in place (the folder's time does not change): the file's own state shows it.
        settle(versions);
        load();
        script("1_a.java", "aaaa", "FIRST");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));
        assertEquals(List.of("FIRST", "third"), load().stream().map(RevisionHeader::message).toList());
    }

    @Test
    void aSettledListingIsReusedWhileItsFolderTimeIsUnchanged() throws IOException {
        script("1_a.java", "aaaa", "first");
        FileTime settled = settle(versions);
        load();

        // A file added without changing the folder's time (as within one clock tick) is not seen:
        // this is the listing being reused, not the folder listed again.
        script("2_b.java", "bbbb", "second");
        Files.setLastModifiedTime(versions, settled);
        assertEquals(List.of("aaaa"), ids(load()));
    }

    @Test
    void aListingTakenRightAfterAChangeIsNotKept() throws IOException {
        script("1_a.java", "aaaa", "first");
        FileTime recent = Files.getLastModifiedTime(versions);
        load();

        // The same clock tick as the listing: the folder's time stays, the new file must still show.
        script("2_b.java", "bbbb", "second");
        Files.setLastModifiedTime(versions, recent);
        assertEquals(List.of("aaaa", "bbbb"), ids(load()));
    }

    @Test
    void recursiveListingsWatchSubFolders() throws IOException {
        script("1_a.java", "aaaa", "first");
        Path sub = Files.createDirectories(versions.resolve("sub"));
        Files.writeString(sub.resolve("2_b.java"), "@Revision(id = \"bbbb\")\nclass B {}\n");
        settle(sub);
        settle(versions);
        List<Path> locations = List.of(versions);
        assertEquals(List.of("aaaa", "bbbb"), ids(RevisionScripts.load(locations, true)));
        assertEquals(List.of("aaaa"), ids(RevisionScripts.load(locations, false)));

        Files.writeString(sub.resolve("3_c.java"), "@Revision(id = \"cccc\")\nclass C {}\n");
        assertEquals(List.of("aaaa", "bbbb", "cccc"), ids(RevisionScripts.load(locations, true)));
    }

    /** Sets the folder's time well before now, so that a listing of it is kept. */
    private static FileTime settle(Path folder) throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 10 * HeaderCache.SETTLED_MILLIS);
        Files.setLastModifiedTime(folder, past);
        return past;
    }

    private static List<String> ids(List<RevisionHeader> headers) {
        return headers.stream().map(RevisionHeader::id).toList();
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
