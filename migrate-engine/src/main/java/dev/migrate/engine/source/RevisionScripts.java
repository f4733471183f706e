package dev.migrate.engine.source;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.config.ScriptFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads the headers of every revision script in the version locations, reporting all problems at once. */
public final class RevisionScripts {

    private RevisionScripts() {
    }

    /**
     * The headers of all scripts, in load order.
     *
     * @throws ScriptException listing every script that could not be read
     */
    public static List<RevisionHeader> load(List<Path> versionLocations, boolean recursive) {
        List<String> problems = new ArrayList<>();
        for (Path location : versionLocations) {
            if (!Files.isDirectory(location)) {
                problems.add("Version location " + location + " does not exist; create it or fix "
                        + "'version_locations' / 'script_location' in the configuration");
            }
        }
        HeaderCache cache = HeaderCache.open(versionLocations, recursive);
        Optional<List<String>> listed = cache.listing(versionLocations);
        List<String> files;
        Map<String, Long> folders;
        if (listed.isPresent()) {
            files = listed.get();
            folders = cache.folders();
        } else {
            ScriptDiscovery.Listing listing = ScriptDiscovery.scan(versionLocations, recursive);
            files = new ArrayList<>(listing.files().size());
            for (Path file : listing.files()) {
                files.add(file.toString());
            }
            folders = listing.folders();
        }
        Object[] results = new Object[files.size()];
        List<Integer> misses = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            Optional<RevisionHeader> hit = listed.isPresent() ? cache.cachedAt(i) : cache.cached(files.get(i));
            results[i] = hit.orElse(null);
            if (hit.isEmpty()) {
                misses.add(i);
            }
        }
        // Scripts not in the cache are parsed; they are independent, so on every core when there are many.
        (misses.size() > 64 ? misses.parallelStream() : misses.stream())
                .forEach(i -> results[i] = readOrProblem(Path.of(files.get(i)), cache));
        cache.save(files, folders);
        List<RevisionHeader> headers = new ArrayList<>(results.length);
        for (Object result : results) {
            if (result instanceof RevisionHeader header) {
                headers.add(header);
            } else {
                problems.add((String) result);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScriptException(problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems in the revision scripts: " + String.join("; ", problems));
        }
        return headers;
    }

    private static Object readOrProblem(Path file, HeaderCache cache) {
        try {
            return cache.read(file, RevisionScripts::read);
        } catch (MigrateException e) {
            return e.getMessage();
        }
    }

    /** Reads one script's header, by its file format. */
    public static RevisionHeader read(Path file) {
        ScriptFormat format = ScriptFormat.ofFileName(file.getFileName().toString())
                .orElseThrow(() -> new ScriptException(file + ": not a revision script (.java, .yaml, .yml or .json)"));
        if (format != ScriptFormat.JAVA) {
            return DeclarativeHeaderReader.read(file);
        }
        try {
            return JavaHeaderReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read: " + e.getMessage());
        }
    }
}
