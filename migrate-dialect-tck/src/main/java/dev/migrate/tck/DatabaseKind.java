package dev.migrate.tck;

import java.util.Optional;

/** The databases the test kit can hand to a test. */
public enum DatabaseKind {
    POSTGRES("PostgreSQL", "MIGRATE_TEST_POSTGRES_URL"),
    MYSQL("MySQL/MariaDB", "MIGRATE_TEST_MYSQL_URL"),
    SQLITE("SQLite", null);

    private final String displayName;
    private final String urlVariable;

    DatabaseKind(String displayName, String urlVariable) {
        this.displayName = displayName;
        this.urlVariable = urlVariable;
    }

    /** Human-readable name, used in test names and messages. */
    public String displayName() {
        return displayName;
    }

    /** The environment variable holding the server URL; empty for the embedded SQLite. */
    public Optional<String> urlVariable() {
        return Optional.ofNullable(urlVariable);
    }
}
