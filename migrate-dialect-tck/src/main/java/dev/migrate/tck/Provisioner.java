package dev.migrate.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates and drops the fresh database a test class works in. */
final class Provisioner {

    private static final Pattern SERVER_URL =
            Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private Provisioner() {
    }

    /** Creates a database for the test class named {@code owner} on the given server. */
    static TestDatabase create(Server server, String owner) {
        DatabaseKind kind = server.kind();
        String name = uniqueName(owner);
        if (kind == DatabaseKind.SQLITE) {
            try {
                Path file = Files.createTempFile(name, ".db");
                return new TestDatabase(kind, "jdbc:sqlite:" + file, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String adminUrl = server.adminUrl().orElseThrow();
        execute(adminUrl, "CREATE DATABASE " + name);
        return new TestDatabase(kind, withDatabase(adminUrl, name), name);
    }

    /** Drops a database made by {@link #create}. */
    static void drop(Server server, TestDatabase database) {
        switch (database.kind()) {
            case SQLITE -> {
                try {
                    Files.deleteIfExists(Path.of(database.name()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // PostgreSQL: FORCE ends sessions a test left open, which would otherwise block the drop.
            case POSTGRES -> execute(server.adminUrl().orElseThrow(),
                    "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
            case MYSQL -> execute(server.adminUrl().orElseThrow(), "DROP DATABASE IF EXISTS " + database.name());
        }
    }

    /** The server URL with its database path replaced by {@code database}. */
    static String withDatabase(String serverUrl, String database) {
        Matcher m = SERVER_URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a server JDBC URL (jdbc:kind://host:port/db?params): "
                    + redact(serverUrl));
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The URL without the value of a {@code password} parameter, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String uniqueName(String owner) {
        String base = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (base.length() > 36) {
            base = base.substring(0, 36);
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "mt_" + base + "_" + HexFormat.of().formatHex(random);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed on " + redact(url) + " (" + sql + "): "
                    + e.getMessage(), e);
        }
    }
}
