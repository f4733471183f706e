package dev.migrate.engine.source;

import dev.migrate.engine.config.ScriptFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds revision script files: each version location in configured order, files sorted by name,
 * sub-folders (when searched) after the files of their parent, also sorted. The order is the
 * graph's load order, which breaks ties everywhere, so it never depends on the file system.
 *
 * <p>Listing costs one system call per folder: entries are classified by name, and only names
 * without a script extension are checked for being folders (when searching recursively).
 */
public final class ScriptDiscovery {

    private ScriptDiscovery() {
    }

    /** The script files under {@code locations}; missing locations are reported by the caller. */
    public static List<Path> find(List<Path> locations, boolean recursive) {
        return scan(locations, recursive).files();
    }

    /**
     * The script files and the folders listed to find them, each with its modification time as it
     * was before the listing (so that a later change to the folder shows).
     */
    static Listing scan(List<Path> locations, boolean recursive) {
        Set<Path> seen = new LinkedHashSet<>();
        Map<String, Long> folders = new LinkedHashMap<>();
        for (Path location : locations) {
            folders.put(location.toString(), new File(location.toString()).lastModified());
            if (Files.isDirectory(location)) {
                collect(realPath(location), recursive, seen, folders);
            }
        }
        return new Listing(new ArrayList<>(seen), folders);
    }

    /** Script files in load order, and the modification times of the folders they were listed from. */
    record Listing(List<Path> files, Map<String, Long> folders) {
    }

    private static void collect(Path folder, boolean recursive, Set<Path> into, Map<String, Long> folders) {
        folders.put(folder.toString(), new File(folder.toString()).lastModified());
        String[] names = new File(folder.toString()).list();
        if (names == null) {
            return;
        }
        Arrays.sort(names);
        List<Path> subFolders = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(".") || name.startsWith("#")) {
                continue;
            }
            Path entry = folder.resolve(name);
            if (ScriptFormat.ofFileName(name).isPresent()) {
                into.add(entry);
            } else if (recursive && Files.isDirectory(entry)) {
                subFolders.add(entry);
            }
        }
        for (Path sub : subFolders) {
            collect(sub, true, into, folders);
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
