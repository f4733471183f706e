package dev.migrate.engine.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML or JSON document kept between runs while its file's size and modification time
 * are unchanged: reading the configuration then skips the YAML parser, whose start-up dominates
 * reading a small file. Values keep their Java types (strings, whole and decimal numbers,
 * booleans, lists, maps, null); other number types come back as their text.
 */
public final class TreeCache {

    private static final int FORMAT = 2;
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte LIST = 5;
    private static final byte MAP = 6;

    private TreeCache() {
    }

    /** The document in {@code file}, from the cache when the file is unchanged. */
    public static Object read(Path file) throws IOException, DocumentException {
        Path absolute = file.toAbsolutePath().normalize();
        long[] state = CacheFiles.state(absolute);
        long size = state[0];
        long modified = state[1];
        Optional<Path> cache = CacheFiles.file("tree", absolute.toString());
        Optional<Object> cached = CacheFiles.read(cache).flatMap(in -> decode(in, absolute.toString(), size, modified));
        if (cached.isPresent()) {
            return cached.get() == NO_DOCUMENT ? null : cached.get();
        }
        Object tree = StructuredText.read(file);
        CacheFiles.write(cache, out -> {
            out.writeInt(FORMAT);
            CacheFiles.writeString(out, absolute.toString());
            out.writeLong(size);
            out.writeLong(modified);
            write(out, tree);
        });
        return tree;
    }

    /** Stands for an empty document in the cache lookup (whose empty result means "not cached"). */
    private static final Object NO_DOCUMENT = new Object();

    private static Optional<Object> decode(ByteBuffer in, String path, long size, long modified) {
        try {
            if (in.getInt() != FORMAT || !CacheFiles.readString(in).equals(path) || in.getLong() != size
                    || in.getLong() != modified) {
                return Optional.empty();
            }
            Object tree = value(in);
            return Optional.of(tree == null ? NO_DOCUMENT : tree);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                CacheFiles.writeString(out, String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeByte(LONG);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.writeByte(DOUBLE);
            out.writeDouble(((Number) value).doubleValue());
        } else {
            out.writeByte(STRING);
            CacheFiles.writeString(out, value.toString());
        }
    }

    private static Object value(ByteBuffer in) {
        byte tag = in.get();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return CacheFiles.readString(in);
            case LONG: {
                long value = in.getLong();
                // Not a ?: expression: that would promote the Integer branch to Long.
                if (value == (int) value) {
                    return Integer.valueOf((int) value);
                }
                return Long.valueOf(value);
            }
            case DOUBLE:
                return in.getDouble();
            case BOOLEAN:
                return in.get() != 0;
            case LIST: {
                int size = in.getInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(value(in));
                }
                return list;
            }
            case MAP: {
                int size = in.getInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(CacheFiles.readString(in), value(in));
                }
                return map;
            }
            default:
                throw new IllegalStateException("bad tag " + tag);
        }
    }
}
