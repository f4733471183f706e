package dev.migrate.engine.source;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.io.CacheFiles;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
 */
final class HeaderCache {

    private static final int FORMAT = 4;

    private final Optional<Path> file;
    private final Map<String, Entry> entries;
    private boolean changed;

    private HeaderCache(Optional<Path> file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** A cached header and the file state it was read from. */
    record Entry(long size, long modified, RevisionHeader header) {
    }

    /** The cache for these version locations, loaded from disk when present. */
    static HeaderCache open(List<Path> versionLocations) {
        Optional<Path> file = CacheFiles.file("headers",
                versionLocations.stream().map(p -> p.toAbsolutePath().normalize().toString()).toArray(String[]::new));
        Map<String, Entry> entries = new HashMap<>();
        CacheFiles.read(file).ifPresent(bytes -> decode(bytes, entries));
        return new HeaderCache(file, entries);
    }

    /** The cached header of {@code path} when the file is unchanged since it was cached. */
    Optional<RevisionHeader> cached(Path path) {
        Entry entry = entries.get(path.toString());
        if (entry == null) {
            return Optional.empty();
        }
        long[] state = CacheFiles.state(path);
        return entry.size() == state[0] && entry.modified() == state[1] ? Optional.of(entry.header()) : Optional.empty();
    }

    /** Reads {@code path}'s header and remembers it with the file's state before the read. */
    RevisionHeader read(Path path, Function<Path, RevisionHeader> reader) {
        long[] state = CacheFiles.state(path);
        RevisionHeader header = reader.apply(path);
        synchronized (this) {
            entries.put(path.toString(), new Entry(state[0], state[1], header));
            changed = true;
        }
        return header;
    }

    /** Writes the cache back when anything was read afresh or removed, keeping only {@code present} files. */
    synchronized void save(List<Path> present) {
        if (!changed && entries.size() == present.size()) {
            return;
        }
        Map<String, Entry> kept = new HashMap<>();
        for (Path path : present) {
            Entry entry = entries.get(path.toString());
            if (entry != null) {
                kept.put(path.toString(), entry);
            }
        }
        CacheFiles.write(file, out -> {
            out.writeInt(FORMAT);
            out.writeInt(kept.size());
            for (Map.Entry<String, Entry> e : kept.entrySet()) {
                CacheFiles.writeString(out, e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                write(out, e.getValue().header());
            }
        });
    }

    private static void decode(ByteBuffer in, Map<String, Entry> into) {
        try {
            if (in.getInt() != FORMAT) {
                return;
            }
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String path = CacheFiles.readString(in);
                long size = in.getLong();
                long modified = in.getLong();
                into.put(path, new Entry(size, modified, readHeader(in, path)));
            }
        } catch (RuntimeException e) {
            into.clear();
        }
    }

    /** The header; its source is the cache key, not stored twice. */
    private static void write(DataOutputStream out, RevisionHeader h) throws IOException {
        CacheFiles.writeString(out, h.id());
        writeList(out, h.revises());
        writeList(out, h.dependsOn());
        writeList(out, h.branchLabels());
        CacheFiles.writeString(out, h.message());
        out.writeBoolean(h.created().isPresent());
        if (h.created().isPresent()) {
            CacheFiles.writeString(out, h.created().get());
        }
    }

    private static RevisionHeader readHeader(ByteBuffer in, String source) {
        String id = CacheFiles.readString(in);
        List<String> revises = list(in);
        List<String> dependsOn = list(in);
        List<String> labels = list(in);
        String message = CacheFiles.readString(in);
        Optional<String> created = in.get() != 0 ? Optional.of(CacheFiles.readString(in)) : Optional.empty();
        return new RevisionHeader(id, revises, dependsOn, labels, message, created, source);
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            CacheFiles.writeString(out, value);
        }
    }

    private static List<String> list(ByteBuffer in) {
        int size = in.getInt();
        if (size == 0) {
            return List.of();
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(CacheFiles.readString(in));
        }
        return values;
    }
}
