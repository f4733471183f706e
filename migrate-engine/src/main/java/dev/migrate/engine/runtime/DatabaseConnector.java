package dev.migrate.engine.runtime;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.Dialect;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.DatabaseSettings;
import dev.migrate.engine.discovery.DialectRegistry;
import dev.migrate.engine.discovery.Urls;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Opens JDBC connections for the configured database and turns every failure into one line that
 * names the cause and the fix, never the password.
 */
public final class DatabaseConnector {

    private final DatabaseSettings settings;
    private final Dialect dialect;
    private final Optional<DataSource> dataSource;

    private DatabaseConnector(DatabaseSettings settings, Dialect dialect, Optional<DataSource> dataSource) {
        this.settings = settings;
        this.dialect = dialect;
        this.dataSource = dataSource;
    }

    /** A connector for the configured URL, with the dialect chosen by setting or URL. */
    public static DatabaseConnector of(DatabaseSettings settings, DialectRegistry dialects) {
        String url = settings.url().orElseThrow(() -> new ConfigException(
                "No database URL: set 'url' in migrate.yaml, or MIGRATE_URL in the environment or .env"));
        return new DatabaseConnector(settings, dialects.select(settings.dialect(), url).create(), Optional.empty());
    }

    /**
     * A connector taking connections from an application's {@link DataSource} (a pool, say); the
     * dialect comes from {@code dialectName}, else from the URL the driver reports.
     */
    public static DatabaseConnector of(DataSource dataSource, Optional<String> dialectName, DialectRegistry dialects) {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot get a connection from the DataSource: "
                    + Urls.redact(String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip()), e);
        }
        DatabaseSettings settings = new DatabaseSettings(Optional.ofNullable(url), Optional.empty(), Optional.empty(), dialectName);
        return new DatabaseConnector(settings, dialects.select(dialectName, url == null ? "" : url).create(),
                Optional.of(dataSource));
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The configured URL with passwords masked. */
    public String redactedUrl() {
        return settings.redactedUrl();
    }

    /** Opens a connection with auto-commit off. */
    public Connection open() {
        if (dataSource.isPresent()) {
            try {
                Connection connection = dataSource.get().getConnection();
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot get a connection from the DataSource for "
                        + redactedUrl() + ": " + clean(e) + advice(e), e);
            }
        }
        String url = dialect.driverUrl(settings.url().orElseThrow());
        Properties properties = new Properties();
        settings.user().ifPresent(u -> properties.setProperty("user", u));
        settings.password().ifPresent(p -> properties.setProperty("password", p));
        try {
            // The dialect's own driver when it names one (null: not its URL), else DriverManager's search.
            Optional<Driver> driver = dialect.driver();
            Connection connection = driver.isPresent() ? driver.get().connect(url, properties) : null;
            if (connection == null) {
                connection = DriverManager.getConnection(url, properties);
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot connect to " + redactedUrl() + ": "
                    + clean(e) + advice(e), e);
        }
    }

    /** The message of a database error on one line, with any password masked. */
    public String clean(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s*\\R\\s*", " ").strip();
        if (settings.password().isPresent() && !settings.password().get().isEmpty()) {
            message = message.replace(settings.password().get(), "***");
        }
        return Urls.redact(message);
    }

    private static String advice(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("no suitable driver")) {
            return " (no JDBC driver on the class path accepts this URL; check the URL's spelling)";
        }
        if (state.startsWith("28") || text.contains("access denied") || text.contains("password authentication")) {
            return " (check the user and password: 'user'/'password' in migrate.yaml, MIGRATE_USER/MIGRATE_PASSWORD, or the URL)";
        }
        if (state.equals("3D000") || e.getErrorCode() == 1049 || text.contains("unknown database")) {
            return " (the database does not exist: create it first, or fix the database name in the URL)";
        }
        if (text.contains("sqlite_cantopen")) {
            return " (does the file's folder exist, and may this user write to it?)";
        }
        if (text.contains("check that the hostname and port")) {
            return "";
        }
        if (state.startsWith("08") || text.contains("connection refused") || text.contains("unknownhost")
                || text.contains("could not connect") || text.contains("socket")) {
            return " (is the server running and reachable at that host and port?)";
        }
        return "";
    }
}
