package dev.migrate.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Reads a cache file's bytes, as {@link java.io.DataOutputStream} and {@link CacheFiles#writeText}
 * wrote them, with plain array arithmetic. A cache is read at start-up, before the JIT has compiled
 * anything, where each of {@code ByteBuffer.getInt}'s nested calls and each byte of a UTF-8 check
 * are interpreted: for a thousand entries that was most of the read.
 */
public final class CacheInput {

    private final byte[] bytes;
    private int position;

    public CacheInput(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readInt() {
        int p = position;
        if (p + 4 > bytes.length) {
            throw new IllegalStateException("cache file ends early");
        }
        position = p + 4;
        return (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8 | bytes[p + 3] & 0xff;
    }

    public long readLong() {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    public boolean readBoolean() {
        if (position >= bytes.length) {
            throw new IllegalStateException("cache file ends early");
        }
        return bytes[position++] != 0;
    }

    /** A string written by {@link CacheFiles#writeText}: ASCII is copied, anything else decoded as UTF-8. */
    @SuppressWarnings("deprecation")
    public String readText() {
        int header = readInt();
        boolean ascii = header >= 0;
        int length = ascii ? header : -header - 1;
        int p = position;
        if (length > bytes.length - p) {
            throw new IllegalStateException("cache file ends early");
        }
        position = p + length;
        // The ASCII constructor copies the bytes; the UTF-8 one scans them first.
        return ascii ? new String(bytes, 0, p, length) : new String(bytes, p, length, StandardCharsets.UTF_8);
    }

    /** Whether every byte has been read. */
    public boolean atEnd() {
        return position == bytes.length;
    }
}
