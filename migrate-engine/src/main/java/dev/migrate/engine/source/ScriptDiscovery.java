package dev.migrate.engine.source;

import dev.migrate.engine.config.ScriptFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds revision script files: each version location in configured order, files sorted by name,
 * sub-folders (when searched) after the files of their parent, also sorted. The order is the
 * graph's load order, which breaks ties everywhere, so it never depends on the file system.
 */
public final class ScriptDiscovery {

    private ScriptDiscovery() {
    }

    /** The script files under {@code locations}; missing locations are reported by the caller. */
    public static List<Path> find(List<Path> locations, boolean recursive) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                collect(location, recursive, seen);
            }
        }
        return new ArrayList<>(seen);
    }

    private static void collect(Path folder, boolean recursive, Set<Path> into) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("#")) {
                    return;
                }
                if (Files.isDirectory(p)) {
                    folders.add(p);
                } else if (ScriptFormat.ofFileName(name).isPresent()) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        Comparator<Path> byName = Comparator.comparing(p -> p.getFileName().toString());
        files.sort(byName);
        for (Path file : files) {
            into.add(realPath(file));
        }
        if (recursive) {
            folders.sort(byName);
            for (Path sub : folders) {
                collect(sub, true, into);
            }
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
