package dev.migrate.api.spi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder where migrate and its plug-ins keep caches that only speed things up (parsed
 * scripts, native libraries): {@code migrate.cache.dir} (system property), else
 * {@code $MIGRATE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/migrate}, else {@code ~/.cache/migrate}.
 * A blank setting turns caching off. Deleting the folder is always safe.
 */
public final class UserCache {

    private UserCache() {
    }

    /** The cache folder, or empty when caching is off. */
    public static Optional<Path> directory() {
        String configured = System.getProperty("migrate.cache.dir", System.getenv("MIGRATE_CACHE_DIR"));
        if (configured != null) {
            return configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "migrate"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "migrate"));
    }
}
