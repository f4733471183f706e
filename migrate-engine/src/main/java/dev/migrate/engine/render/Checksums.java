package dev.migrate.engine.render;

import dev.migrate.api.spi.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checksum of a step's rendered statements: SHA-256 (hex) of their SQL with whitespace runs
 * collapsed, joined by {@code ;\n}. Reformatting a script or rewriting it in another script
 * language leaves it alone; changing what the step does changes it.
 */
public final class Checksums {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** One digest per thread, reused: looking one up costs more than hashing a step. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Checksums::sha256);

    private Checksums() {
    }

    public static String of(List<Statement> statements) {
        StringBuilder text = new StringBuilder();
        for (Statement statement : statements) {
            text.append(WHITESPACE.matcher(statement.sql()).replaceAll(" ").strip()).append(";\n");
        }
        byte[] digest = SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
