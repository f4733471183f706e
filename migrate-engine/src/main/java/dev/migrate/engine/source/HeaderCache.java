package dev.migrate.engine.source;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.io.CacheFiles;
import dev.migrate.engine.io.CacheInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parsed revision headers kept between runs, like Python's {@code __pycache__}: an entry is
 * reused while its file's path, size and modification time are unchanged, so an unchanged script
 * costs one {@code stat} instead of a read and a parse. One cache file per set of version
 * locations, in the {@link dev.migrate.api.spi.UserCache}; when it cannot be read or written it
 * is simply not used.
 *
 * <p>The cache also keeps the listing: the script files in load order and the modification time
 * of every folder they were listed from. While no folder has changed (adding, removing or
 * renaming a file changes its folder's time) the listing is reused instead of listing and
 * sorting the folders again. A listing is kept only when its folders were last changed more than
 * {@link #SETTLED_MILLIS} before it was taken, so that a change in the same clock tick as the
 * listing cannot hide behind an unchanged time (git's "racily clean" rule).
 */
final class HeaderCache {

    private static final int FORMAT = 5;
    static final long SETTLED_MILLIS = 2_000;

    private final Optional<Path> file;
    /** Entries in load order, as read; indexed by path only when a lookup needs it. */
    private final List<Entry> loaded;
    private final Map<String, Long> folders;
    private Map<String, Entry> byPath;
    /** Headers read afresh in this run. */
    private final Map<String, Entry> fresh = new HashMap<>();
    private boolean changed;

    private HeaderCache(Optional<Path> file, List<Entry> loaded, Map<String, Long> folders) {
        this.file = file;
        this.loaded = loaded;
        this.folders = folders;
    }

    /** A cached header and the file state it was read from. */
    record Entry(String path, long size, long modified, RevisionHeader header) {
    }

    /** The cache for these version locations, loaded from disk when present. */
    static HeaderCache open(List<Path> versionLocations, boolean recursive) {
        String[] key = new String[versionLocations.size() + 1];
        key[0] = recursive ? "recursive" : "flat";
        for (int i = 0; i < versionLocations.size(); i++) {
            key[i + 1] = versionLocations.get(i).toAbsolutePath().normalize().toString();
        }
        Optional<Path> file = CacheFiles.file("headers", key);
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> folders = new HashMap<>();
        CacheFiles.readBytes(file).ifPresent(bytes -> decode(new CacheInput(bytes), entries, folders));
        return new HeaderCache(file, entries, folders);
    }

    /**
     * The cached script files in load order, when none of the folders they were listed from has
     * changed since; {@code locations} must be among those folders.
     */
    Optional<List<String>> listing(List<Path> locations) {
        if (folders.isEmpty()) {
            return Optional.empty();
        }
        for (Path location : locations) {
            if (!folders.containsKey(location.toString())) {
                return Optional.empty();
            }
        }
        for (Map.Entry<String, Long> folder : folders.entrySet()) {
            if (CacheFiles.quickState(folder.getKey())[1] != folder.getValue()) {
                return Optional.empty();
            }
        }
        List<String> paths = new ArrayList<>(loaded.size());
        for (Entry entry : loaded) {
            paths.add(entry.path());
        }
        return Optional.of(paths);
    }

    /** The cached header of the script at {@code index} in the cached listing, when that file is unchanged. */
    Optional<RevisionHeader> cachedAt(int index) {
        return unchanged(loaded.get(index));
    }

    /** The folders of the cached listing and their modification times. */
    Map<String, Long> folders() {
        return folders;
    }

    /** The cached header of {@code path} when the file is unchanged since it was cached. */
    Optional<RevisionHeader> cached(String path) {
        Entry entry = loadedEntry(path);
        return entry == null ? Optional.empty() : unchanged(entry);
    }

    private Entry loadedEntry(String path) {
        if (byPath == null) {
            byPath = new HashMap<>(loaded.size() * 4 / 3 + 16);
            for (Entry entry : loaded) {
                byPath.put(entry.path(), entry);
            }
        }
        return byPath.get(path);
    }

    private static Optional<RevisionHeader> unchanged(Entry entry) {
        long[] state = CacheFiles.quickState(entry.path());
        return entry.size() == state[0] && entry.modified() == state[1] ? Optional.of(entry.header()) : Optional.empty();
    }

    /** Reads {@code path}'s header and remembers it with the file's state before the read. */
    RevisionHeader read(Path path, Function<Path, RevisionHeader> reader) {
        long[] state = CacheFiles.quickState(path.toString());
        RevisionHeader header = reader.apply(path);
        synchronized (this) {
            fresh.put(path.toString(), new Entry(path.toString(), state[0], state[1], header));
            changed = true;
        }
        return header;
    }

    /**
     * Writes the cache back when anything was read afresh or listed again: the entries of the
     * {@code present} files in load order, and the listing's folders when they had settled.
     */
    synchronized void save(List<String> present, Map<String, Long> listedFolders) {
        if (!changed && listedFolders.equals(folders) && present.size() == loaded.size()) {
            return;
        }
        List<Entry> kept = new ArrayList<>(present.size());
        for (String path : present) {
            Entry entry = fresh.containsKey(path) ? fresh.get(path) : loadedEntry(path);
            if (entry != null && entry.modified() > 0) {
                kept.add(entry);
            }
        }
        long settled = System.currentTimeMillis() - SETTLED_MILLIS;
        boolean listingKept = kept.size() == present.size();
        for (long modified : listedFolders.values()) {
            listingKept &= modified > 0 && modified < settled;
        }
        boolean keepFolders = listingKept;
        CacheFiles.write(file, out -> {
            out.writeInt(FORMAT);
            out.writeInt(keepFolders ? listedFolders.size() : 0);
            if (keepFolders) {
                for (Map.Entry<String, Long> folder : listedFolders.entrySet()) {
                    CacheFiles.writeText(out, folder.getKey());
                    out.writeLong(folder.getValue());
                }
            }
            out.writeInt(kept.size());
            for (Entry e : kept) {
                CacheFiles.writeText(out, e.path());
                out.writeLong(e.size());
                out.writeLong(e.modified());
                write(out, e.header());
            }
        });
    }

    private static void decode(CacheInput in, List<Entry> entries, Map<String, Long> folders) {
        try {
            if (in.readInt() != FORMAT) {
                return;
            }
            int folderCount = in.readInt();
            for (int i = 0; i < folderCount; i++) {
                String folder = in.readText();
                folders.put(folder, in.readLong());
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readText();
                long size = in.readLong();
                long modified = in.readLong();
                entries.add(new Entry(path, size, modified, readHeader(in, path)));
            }
            if (!in.atEnd()) {
                throw new IllegalStateException("trailing bytes");
            }
        } catch (RuntimeException e) {
            entries.clear();
            folders.clear();
        }
    }

    /** The header; its source is the cache key, not stored twice. */
    private static void write(DataOutputStream out, RevisionHeader h) throws IOException {
        CacheFiles.writeText(out, h.id());
        writeList(out, h.revises());
        writeList(out, h.dependsOn());
        writeList(out, h.branchLabels());
        CacheFiles.writeText(out, h.message());
        out.writeBoolean(h.created().isPresent());
        if (h.created().isPresent()) {
            CacheFiles.writeText(out, h.created().get());
        }
    }

    private static RevisionHeader readHeader(CacheInput in, String source) {
        String id = in.readText();
        List<String> revises = list(in);
        List<String> dependsOn = list(in);
        List<String> labels = list(in);
        String message = in.readText();
        Optional<String> created = in.readBoolean() ? Optional.of(in.readText()) : Optional.empty();
        return new RevisionHeader(id, revises, dependsOn, labels, message, created, source);
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            CacheFiles.writeText(out, value);
        }
    }

    /** Immutable lists, which the header's {@code List.copyOf} keeps instead of copying. */
    private static List<String> list(CacheInput in) {
        int size = in.readInt();
        if (size == 0) {
            return List.of();
        }
        if (size == 1) {
            return List.of(in.readText());
        }
        String[] values = new String[size];
        for (int i = 0; i < size; i++) {
            values[i] = in.readText();
        }
        return List.of(values);
    }
}
