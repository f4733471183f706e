package dev.migrate.tck;

import java.util.EnumMap;
import java.util.Map;

/**
 * Finds the server for each database kind once per JVM: the URL from the environment, else a
 * Testcontainers container when a Docker engine is present, else the reason there is none.
 */
final class Servers {

    static final String REQUIRE_VARIABLE = "MIGRATE_TEST_REQUIRE_DATABASES";

    private static final Map<DatabaseKind, Server> FOUND = new EnumMap<>(DatabaseKind.class);

    private Servers() {
    }

    static synchronized Server of(DatabaseKind kind) {
        return FOUND.computeIfAbsent(kind, Servers::find);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE));
    }

    private static Server find(DatabaseKind kind) {
        if (kind.urlVariable().isEmpty()) {
            return Server.embedded(kind);
        }
        String variable = kind.urlVariable().get();
        String url = System.getenv(variable);
        if (url != null && !url.isBlank()) {
            return Server.at(kind, url.trim());
        }
        return Containers.start(kind).orElseGet(() -> Server.unavailable(kind,
                variable + " is not set and no Docker engine is available for Testcontainers; "
                        + "set " + variable + " to a server URL (see .ci/run)"));
    }
}
