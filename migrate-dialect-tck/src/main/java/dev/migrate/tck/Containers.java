package dev.migrate.tck;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers fallback: one container per kind and JVM, used only when no server URL is
 * configured. Loaded lazily so that a configured URL never probes for Docker.
 */
final class Containers {

    private Containers() {
    }

    static Optional<Server> start(DatabaseKind kind) {
        if (!dockerAvailable()) {
            return Optional.empty();
        }
        JdbcDatabaseContainer<?> container = switch (kind) {
            case POSTGRES -> new PostgreSQLContainer<>(DockerImageName.parse("postgres:16-alpine"));
            // The root account may create and drop the per-class schemas.
            case MYSQL -> new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                    .withUsername("root").withPassword("migrate");
            case SQLITE -> throw new IllegalArgumentException("SQLite needs no container");
        };
        container.start();
        String url = container.getJdbcUrl().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
        String separator = url.contains("?") ? "&" : "?";
        return Optional.of(Server.at(kind, url + separator + "user=" + container.getUsername()
                + "&password=" + container.getPassword()));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
