package dev.migrate.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIdentityTest {

    @TempDir
    Path dir;

    @Test
    void aRebuiltJarIsANewIdentity() throws IOException {
        Path jar = Files.write(dir.resolve("migrate-api.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        String before = CodeIdentity.of(jar);
        assertEquals(before, CodeIdentity.of(jar));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertNotEquals(before, CodeIdentity.of(jar));
    }

    @Test
    void aClassRewrittenDeepInAFolderIsANewIdentity() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("dev/migrate/api"));
        Path type = Files.write(pkg.resolve("Operations.class"), new byte[] {1});
        Files.setLastModifiedTime(type, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        String before = CodeIdentity.of(dir);

        Files.setLastModifiedTime(type, FileTime.from(Instant.now().plusSeconds(60)));
        String rewritten = CodeIdentity.of(dir);
        assertNotEquals(before, rewritten);

        Files.write(pkg.resolve("DataMigration.class"), new byte[] {2});
        Files.setLastModifiedTime(pkg.resolve("DataMigration.class"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertNotEquals(rewritten, CodeIdentity.of(dir), "a class added with an old time still changes the identity");
    }

    @Test
    void migratesOwnApiHasAnIdentityNamingWhereItWasLoadedFrom() {
        assertTrue(CodeIdentity.of(Migration.class).contains("migrate-api"), CodeIdentity.of(Migration.class));
    }
}
