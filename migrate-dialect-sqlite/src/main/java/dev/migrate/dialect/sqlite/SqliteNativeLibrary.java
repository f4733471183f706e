package dev.migrate.dialect.sqlite;

import dev.migrate.api.spi.UserCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in the user cache. By default the driver copies the library
 * (about 1 MB) to a new temporary file at every start, which costs a command-line run ~40 ms;
 * here it is extracted once per driver build and platform, and the driver is pointed at that copy
 * through its own {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name} settings. Nothing
 * changes when those are already set, or when the cache cannot be written.
 *
 * <p>The cache folder is named without asking the driver for its platform folder: that question
 * ({@code OSInfo}) starts a {@code uname} process, so it is asked only when the library is extracted.
 */
final class SqliteNativeLibrary {

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".dylib")) {
                name = name.replace(".dylib", ".jnilib");
            }
            Optional<Path> cache = UserCache.directory();
            if (cache.isEmpty()) {
                return;
            }
            Path library = cache.get().resolve("sqlite-jdbc").resolve(folderName()).resolve(name);
            if (!Files.isRegularFile(library)) {
                extract("/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name, library);
            }
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // The driver extracts the library itself, as it always does.
        }
    }

    /**
     * The driver's build and the platform: the driver's version, or, where its version file was
     * left out (a shaded jar), the size and time of the jar it came from; then OS and architecture.
     */
    static String folderName() throws IOException {
        String build = SQLiteJDBCLoader.getVersion();
        if (build == null || build.isBlank() || build.equals("unknown")) {
            try {
                Path jar = Path.of(SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                build = "jar-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
            } catch (URISyntaxException | RuntimeException e) {
                throw new IOException("cannot identify the sqlite-jdbc build", e);
            }
        }
        return (build + "-" + System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void extract(String resource, Path library) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library " + resource);
            }
            Files.createDirectories(library.getParent());
            Path temporary = Files.createTempFile(library.getParent(), "lib", ".tmp");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, library, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                if (!Files.isRegularFile(library)) {
                    throw e;
                }
            }
        }
    }
}
