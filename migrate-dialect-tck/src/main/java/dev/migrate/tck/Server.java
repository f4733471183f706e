package dev.migrate.tck;

import java.util.Optional;

/**
 * Where a kind of test database comes from: a server URL, or the reason there is none.
 *
 * @param adminUrl URL of a server connection allowed to create and drop databases; empty when
 *     the server is unavailable or the kind is embedded
 * @param unavailableReason why no server could be found; empty when one was
 */
record Server(DatabaseKind kind, Optional<String> adminUrl, Optional<String> unavailableReason) {

    static Server at(DatabaseKind kind, String adminUrl) {
        return new Server(kind, Optional.of(adminUrl), Optional.empty());
    }

    static Server embedded(DatabaseKind kind) {
        return new Server(kind, Optional.empty(), Optional.empty());
    }

    static Server unavailable(DatabaseKind kind, String reason) {
        return new Server(kind, Optional.empty(), Optional.of(reason));
    }

    boolean available() {
        return unavailableReason.isEmpty();
    }
}
