package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated part of a documentation page: everything from a marker line to the end. Tests
 * compare it with what the code produces, and rewrite it when run with {@code -Ddocs.regenerate=true}.
 */
public final class GeneratedDocs {

    private GeneratedDocs() {
    }

    /** Asserts (or, with {@code docs.regenerate}, writes) that {@code page} ends with {@code generated}, which starts with {@code marker}. */
    public static void check(Path page, String marker, String generated, String testName) throws IOException {
        String doc = Files.readString(page);
        int at = doc.indexOf(marker);
        if (Boolean.getBoolean("docs.regenerate")) {
            Files.writeString(page, (at < 0 ? doc + "\n" : doc.substring(0, at)) + generated);
            return;
        }
        assertTrue(at >= 0 && doc.substring(at).equals(generated), page + " is out of date: run mvn -pl migrate-cli test -Dtest="
                + testName + " -Ddocs.regenerate=true");
    }
}
