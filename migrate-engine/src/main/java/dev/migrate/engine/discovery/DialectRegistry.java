package dev.migrate.engine.discovery;

import dev.migrate.api.MigrateException;
import dev.migrate.api.spi.DialectProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The dialects on the classpath, found through {@link ServiceLoader}, looked up by JDBC URL or
 * by name.
 */
public final class DialectRegistry {

    /** Dialect jars that serve well-known JDBC URL schemes, for the "which jar do I need" hint. */
    private static final Map<String, String> KNOWN_JARS = Map.of(
            "postgresql", "migrate-dialect-postgres",
            "mysql", "migrate-dialect-mysql",
            "mariadb", "migrate-dialect-mysql",
            "sqlite", "migrate-dialect-sqlite");

    private static final Comparator<DialectProvider> BY_NAME = new Comparator<>() {
        @Override
        public int compare(DialectProvider a, DialectProvider b) {
            return a.name().compareTo(b.name());
        }
    };

    private final List<DialectProvider> providers;

    private DialectRegistry(List<DialectProvider> providers) {
        List<DialectProvider> sorted = new ArrayList<>(providers);
        sorted.sort(BY_NAME);
        this.providers = List.copyOf(sorted);
    }

    /** Loads every provider visible to {@code loader}. */
    public static DialectRegistry load(ClassLoader loader) {
        // Plain loops here and below: this runs once per command, before anything is compiled.
        List<DialectProvider> providers = new ArrayList<>();
        for (DialectProvider provider : ServiceLoader.load(DialectProvider.class, loader)) {
            providers.add(provider);
        }
        return new DialectRegistry(providers);
    }

    /** Loads every provider visible to this class's loader. */
    public static DialectRegistry load() {
        return load(DialectRegistry.class.getClassLoader());
    }

    /** All providers, sorted by name. */
    public List<DialectProvider> providers() {
        return providers;
    }

    /** The provider named {@code name} (case-insensitive). */
    public Optional<DialectProvider> named(String name) {
        return providers.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The highest-priority provider that accepts {@code jdbcUrl} (the first by name among equals). */
    public Optional<DialectProvider> forUrl(String jdbcUrl) {
        DialectProvider best = null;
        for (DialectProvider provider : providers) {
            if (provider.accepts(jdbcUrl) && (best == null || provider.priority() > best.priority())) {
                best = provider;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The provider for a configured dialect name, else for the URL.
     *
     * @throws MigrateException naming the installed dialects and the jar that would serve the URL
     */
    public DialectProvider select(Optional<String> dialectName, String jdbcUrl) {
        if (dialectName.isPresent()) {
            return named(dialectName.get()).orElseThrow(() -> new MigrateException(MigrateException.Kind.PLUGIN,
                    "Unknown dialect '" + dialectName.get() + "'; installed: " + installed()
                            + ". Fix the 'dialect' setting or add the dialect's jar to the classpath."));
        }
        return forUrl(jdbcUrl).orElseThrow(() -> new MigrateException(MigrateException.Kind.PLUGIN,
                "No dialect accepts the URL '" + Urls.redact(jdbcUrl) + "'; installed: " + installed() + ". "
                        + hint(jdbcUrl)));
    }

    private String installed() {
        return providers.isEmpty() ? "none"
                : providers.stream().map(DialectProvider::name).collect(Collectors.joining(", "));
    }

    private static String hint(String jdbcUrl) {
        String scheme = Urls.scheme(jdbcUrl);
        if (scheme.isEmpty()) {
            return "A JDBC URL starts with 'jdbc:<database>:', e.g. jdbc:sqlite:app.db.";
        }
        String jar = KNOWN_JARS.get(scheme);
        return jar != null
                ? "Put " + jar + " on the classpath."
                : "Put a dialect jar for '" + scheme + "' on the classpath (see docs/dialect-vendor-guide.md).";
    }
}
