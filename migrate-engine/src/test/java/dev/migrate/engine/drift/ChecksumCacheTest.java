package dev.migrate.engine.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.operation.Operation;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.config.ConfigLoader;
import dev.migrate.engine.config.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached checksums are served only for unchanged scripts, in the same order, under the same settings. */
class ChecksumCacheTest {

    @TempDir
    Path dir;

    private String previousCacheDir;
    private List<RevisionHeader> chain;
    private final Map<String, String> checksums = new LinkedHashMap<>(Map.of("aaaa", "1111", "bbbb", "2222"));

    @BeforeEach
    void scripts() throws IOException {
        previousCacheDir = System.getProperty("migrate.cache.dir");
        System.setProperty("migrate.cache.dir", dir.resolve("cache").toString());
        chain = List.of(header("aaaa", List.of()), header("bbbb", List.of("aaaa")));
    }

    @AfterEach
    void restore() {
        if (previousCacheDir == null) {
            System.clearProperty("migrate.cache.dir");
        } else {
            System.setProperty("migrate.cache.dir", previousCacheDir);
        }
    }

    private RevisionHeader header(String id, List<String> revises) throws IOException {
        Path file = Files.writeString(dir.resolve(id + ".yaml"), "revision: " + id + "\n");
        return new RevisionHeader(id, revises, List.of(), List.of(), "", Optional.empty(), file.toString());
    }

    private ProjectConfig config(Map<String, String> xArguments) {
        return ConfigLoader.fromSettings(dir.resolve("migrate.yaml"), Map.of("script_location", dir.toString(),
                "version_locations", List.of(dir.toString())), xArguments);
    }

    @Test
    void servesUnchangedScriptsAndTheBeginningOfARun() {
        ChecksumCache cache = ChecksumCache.open(dialect("postgres"), config(Map.of()));
        assertEquals(Optional.empty(), cache.lookup(chain));
        cache.store(chain, checksums);
        assertEquals(Optional.of(checksums), ChecksumCache.open(dialect("postgres"), config(Map.of())).lookup(chain));
        assertEquals(Optional.of(Map.of("aaaa", "1111")), cache.lookup(chain.subList(0, 1)));
    }

    @Test
    void aChangedScriptOrderDialectOrArgumentIsAMiss() throws IOException {
        ChecksumCache cache = ChecksumCache.open(dialect("postgres"), config(Map.of()));
        cache.store(chain, checksums);
        assertEquals(Optional.empty(), cache.lookup(List.of(chain.get(1), chain.get(0))));
        assertEquals(Optional.empty(), ChecksumCache.open(dialect("mysql"), config(Map.of())).lookup(chain));
        assertEquals(Optional.empty(), ChecksumCache.open(dialect("postgres"), config(Map.of("tenant", "a"))).lookup(chain));

        Path b = Path.of(chain.get(1).source());
        FileTime modified = Files.getLastModifiedTime(b);
        Files.writeString(b, "revision: bbbb\n# changed\n");
        assertEquals(Optional.empty(), cache.lookup(chain), "a new size");
        Files.writeString(b, "revision: bbbb\n");
        Files.setLastModifiedTime(b, FileTime.fromMillis(modified.toMillis() + 2000));
        assertEquals(Optional.empty(), cache.lookup(chain), "the same size, a new modification time");
    }

    /** A dialect that only has a name: the cache keys by it and renders nothing. */
    private static Dialect dialect(String name) {
        return new Dialect() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DialectCapabilities capabilities() {
                return new DialectCapabilities(true);
            }

            @Override
            public String quoteIdentifier(String identifier) {
                return identifier;
            }

            @Override
            public List<Statement> render(Operation operation, SchemaModel before) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String literal(Object value) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
