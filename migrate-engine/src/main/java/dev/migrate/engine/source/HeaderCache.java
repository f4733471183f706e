package dev.migrate.engine.source;

import dev.migrate.api.revision.RevisionHeader;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parsed revision headers kept between runs, like Python's {@code __pycache__}: an entry is
 * reused while its file's path, size and modification time are unchanged, so an unchanged script
 * costs one {@code stat} instead of a read and a parse. The cache lives outside the project
 * ({@code $MIGRATE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/migrate}, else {@code ~/.cache/migrate}),
 * one file per set of version locations; when it cannot be read or written it is simply not used.
 */
final class HeaderCache {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderCache.class);
    private static final int FORMAT = 2;

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
        Optional<Path> file = directory().map(dir -> dir.resolve("headers-" + key(versionLocations) + ".bin"));
        Map<String, Entry> entries = new HashMap<>();
        file.filter(Files::isRegularFile).ifPresent(f -> read(f, entries));
        return new HeaderCache(file, entries);
    }

    /** The cached header of {@code path} when the file is unchanged since it was cached. */
    Optional<RevisionHeader> cached(Path path) {
        File file = path.toFile();
        long size = file.length();
        long modified = file.lastModified();
        Entry entry = entries.get(path.toString());
        return entry != null && entry.size() == size && entry.modified() == modified
                ? Optional.of(entry.header()) : Optional.empty();
    }

    /** The header of {@code path}, from the cache when the file is unchanged, else read and remembered. */
    RevisionHeader header(Path path, java.util.function.Function<Path, RevisionHeader> reader) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return reader.apply(path);
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        // java.io.File reports modification times in milliseconds too; both sides use the same clock.
        String key = path.toString();
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.size() == size && entry.modified() == modified) {
                return entry.header();
            }
        }
        RevisionHeader header = reader.apply(path);
        synchronized (this) {
            entries.put(key, new Entry(size, modified, header));
            changed = true;
        }
        return header;
    }

    /** Writes the cache back when anything was read afresh, keeping only {@code present} files. */
    synchronized void save(List<Path> present) {
        if (file.isEmpty() || (!changed && entries.size() == present.size())) {
            return;
        }
        Map<String, Entry> kept = new HashMap<>();
        for (Path path : present) {
            Entry entry = entries.get(path.toString());
            if (entry != null) {
                kept.put(path.toString(), entry);
            }
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "headers", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(kept.size());
                for (Map.Entry<String, Entry> e : kept.entrySet()) {
                    writeString(out, e.getKey());
                    out.writeLong(e.getValue().size());
                    out.writeLong(e.getValue().modified());
                    write(out, e.getValue().header());
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Header cache {} not written: {}", target, e.toString());
        }
    }

    private static void read(Path file, Map<String, Entry> into) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != FORMAT) {
                return;
            }
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String path = string(in);
                long size = in.getLong();
                long modified = in.getLong();
                into.put(path, new Entry(size, modified, readHeader(in)));
            }
        } catch (IOException | RuntimeException e) {
            into.clear();
            LOG.debug("Header cache {} ignored: {}", file, e.toString());
        }
    }

    private static void write(DataOutputStream out, RevisionHeader h) throws IOException {
        writeString(out, h.id());
        writeList(out, h.revises());
        writeList(out, h.dependsOn());
        writeList(out, h.branchLabels());
        writeString(out, h.message());
        out.writeBoolean(h.created().isPresent());
        if (h.created().isPresent()) {
            writeString(out, h.created().get());
        }
        writeString(out, h.source());
    }

    private static RevisionHeader readHeader(ByteBuffer in) {
        String id = string(in);
        List<String> revises = list(in);
        List<String> dependsOn = list(in);
        List<String> labels = list(in);
        String message = string(in);
        Optional<String> created = in.get() != 0 ? Optional.of(string(in)) : Optional.empty();
        return new RevisionHeader(id, revises, dependsOn, labels, message, created, string(in));
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> list(ByteBuffer in) {
        int size = in.getInt();
        if (size == 0) {
            return List.of();
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static Optional<Path> directory() {
        String configured = System.getProperty("migrate.cache.dir", System.getenv("MIGRATE_CACHE_DIR"));
        if (configured != null) {
            return configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "migrate"));
        }
        String home = System.getProperty("user.home");
        return home == null ? Optional.empty() : Optional.of(Path.of(home, ".cache", "migrate"));
    }

    private static String key(List<Path> versionLocations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path location : versionLocations) {
                digest.update(location.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
