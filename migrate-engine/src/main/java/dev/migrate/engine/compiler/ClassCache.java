package dev.migrate.engine.compiler;

import dev.migrate.api.Migration;
import dev.migrate.engine.io.CacheFiles;
import dev.migrate.engine.io.CodeIdentity;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled script classes in the user cache, one file per script content: named by a hash of the
 * source, the Java feature version and the build of migrate's API it was compiled against (a
 * script compiled against an older API can fail to link against a newer one), holding the source itself so that a read verifies it is
 * the same script, then which class is the revision and the id it declares (empty for a target
 * model's classes), then each class's name and bytes.
 */
final class ClassCache {

    private static final String FORMAT = "classes-v2";

    private ClassCache() {
    }

    /**
     * The classes compiled from one script.
     *
     * @param revisionClass the class annotated {@code @Revision}, once a load found it; empty for a
     *     target model, or before the classes were loaded
     * @param revisionId the id that class declares, so that loading it needs no annotation parsing
     */
    record Compiled(Map<String, byte[]> classes, String revisionClass, String revisionId) {

        Compiled(Map<String, byte[]> classes) {
            this(classes, "", "");
        }

        boolean revisionKnown() {
            return !revisionClass.isEmpty();
        }
    }

    /** The classes compiled from {@code source}, when cached. */
    static Optional<Compiled> read(String source) {
        Optional<ByteBuffer> content = CacheFiles.read(file(source));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = content.get();
            if (!CacheFiles.readString(in).equals(source)) {
                return Optional.empty();
            }
            String revisionClass = CacheFiles.readString(in);
            String revisionId = CacheFiles.readString(in);
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int count = in.getInt(); count > 0; count--) {
                String name = CacheFiles.readString(in);
                byte[] bytes = new byte[in.getInt()];
                in.get(bytes);
                classes.put(name, bytes);
            }
            if (!revisionClass.isEmpty() && !classes.containsKey(revisionClass)) {
                return Optional.empty();
            }
            return Optional.of(new Compiled(classes, revisionClass, revisionId));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether classes compiled from {@code source} are in the cache (not read: they may still be unusable). */
    static boolean has(String source) {
        return file(source).map(Files::isRegularFile).orElse(false);
    }

    /** Stores the classes compiled from {@code source}; a failure only means the next run compiles again. */
    static void write(String source, Compiled compiled) {
        CacheFiles.write(file(source), out -> write(out, source, compiled));
    }

    private static void write(DataOutputStream out, String source, Compiled compiled) throws IOException {
        CacheFiles.writeString(out, source);
        CacheFiles.writeString(out, compiled.revisionClass());
        CacheFiles.writeString(out, compiled.revisionId());
        Map<String, byte[]> classes = compiled.classes();
        out.writeInt(classes.size());
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            CacheFiles.writeString(out, entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
    }

    private static Optional<Path> file(String source) {
        return CacheFiles.file(FORMAT, Integer.toString(Runtime.version().feature()), ApiBuild.IDENTITY, source);
    }

    /** The build of migrate's API the cached classes were compiled against, looked up once, on first use. */
    private static final class ApiBuild {
        static final String IDENTITY = CodeIdentity.of(Migration.class);
    }
}
