package dev.migrate.engine.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Which build of migrate's own code a class was loaded from, as a string that changes with every
 * new build: the jar's path, size and modification time, or for a classes folder (a development
 * build) its path, file count, total size and newest modification time. Caches of things derived from that
 * code (compiled scripts, checksums) put it in their keys, so a new migrate never reads them stale.
 */
public final class CodeIdentity {

    private CodeIdentity() {
    }

    /** The identity of the jar or folder {@code type} was loaded from. */
    public static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return type.getName();
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    /** The identity of a jar or classes folder. */
    static String of(Path jarOrFolder) {
        return Files.isDirectory(jarOrFolder) ? folder(jarOrFolder) : file(jarOrFolder);
    }

    private static String file(Path jar) {
        long[] state = CacheFiles.state(jar);
        return jar + ":" + state[0] + ":" + state[1];
    }

    // A folder's own modification time misses edits to files in it, so every file is looked at.
    private static String folder(Path classes) {
        long[] countSizeNewest = {0, 0, 0};
        try (Stream<Path> files = Files.walk(classes)) {
            files.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    countSizeNewest[0]++;
                    countSizeNewest[1] += attributes.isRegularFile() ? attributes.size() : 0;
                    countSizeNewest[2] = Math.max(countSizeNewest[2], attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                } catch (IOException e) {
                    countSizeNewest[0]--;
                }
            });
        } catch (IOException | RuntimeException e) {
            return classes.toString();
        }
        return classes + ":" + countSizeNewest[0] + ":" + countSizeNewest[1] + ":" + countSizeNewest[2];
    }
}
