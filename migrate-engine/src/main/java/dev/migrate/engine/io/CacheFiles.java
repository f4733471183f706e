package dev.migrate.engine.io;

import dev.migrate.api.spi.UserCache;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Files in the {@link UserCache}: named by a hash of what they cache, read whole, and replaced
 * atomically so that concurrent runs never see half a file. Failures only mean "no cache".
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** What writes a cache file's content. */
    @FunctionalInterface
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** The cache file {@code prefix-<hash of parts>.bin}, or empty when caching is off. */
    public static Optional<Path> file(String prefix, String... parts) {
        return UserCache.directory().map(dir -> dir.resolve(prefix + "-" + hash(parts) + ".bin"));
    }

    /** The whole file as bytes, or empty when it is missing or unreadable. */
    public static Optional<byte[]> readBytes(Optional<Path> file) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The whole file, or empty when it is missing or unreadable. */
    public static Optional<ByteBuffer> read(Optional<Path> file) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ByteBuffer.wrap(Files.readAllBytes(file.get())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file with what {@code writer} writes; returns false when that was not possible. */
    public static boolean write(Optional<Path> file, Writer writer) {
        if (file.isEmpty()) {
            return false;
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "cache", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                writer.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A file's size and modification time (nanoseconds where the file system keeps them), the
     * state a cache entry is valid for; {@code {-1, -1}} when the file cannot be read.
     */
    public static long[] state(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * A file's size and modification time in milliseconds, {@code {-1, -1}} when it does not exist.
     * Through {@link File}, which costs a fraction of {@code Files.readAttributes} in a JVM that
     * has compiled nothing yet (no path parsing, attribute objects or time conversions); Linux
     * file systems stamp times from a clock with a resolution of milliseconds anyway.
     */
    public static long[] quickState(String path) {
        File file = new File(path);
        long modified = file.lastModified();
        return modified == 0 ? new long[] {-1, -1} : new long[] {file.length(), modified};
    }

    /**
     * Writes a string for {@link CacheInput#readText}: the length, negative (minus one) when the
     * bytes are UTF-8 beyond ASCII, then the bytes.
     */
    public static void writeText(DataOutputStream out, String value) throws IOException {
        boolean ascii = true;
        for (int i = 0; i < value.length() && ascii; i++) {
            ascii = value.charAt(i) < 0x80;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(ascii ? bytes.length : -bytes.length - 1);
        out.write(bytes);
    }

    /** Writes a string as its UTF-8 length and bytes (no 64 KiB limit, unlike writeUTF). */
    public static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string written by {@link #writeString}. */
    public static String readString(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    /**
     * A 64-bit FNV-1a hash, as hex. Only names cache files, and readers verify what a file holds:
     * a cryptographic digest would initialise the JCA providers, ~15 ms of every start-up.
     */
    private static String hash(String... parts) {
        long hash = 0xcbf29ce484222325L;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xff) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
