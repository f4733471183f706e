package dev.migrate.engine.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in configuration values with variables
 * from the environment or {@code .env}; {@code ${here}} is the configuration file's folder and
 * {@code $$} a literal dollar sign.
 */
final class Interpolation {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    private final Map<String, String> environment;
    private final Map<String, String> dotEnv;
    private final Path here;
    private final Path file;

    Interpolation(Map<String, String> environment, Map<String, String> dotEnv, Path here, Path file) {
        this.environment = environment;
        this.dotEnv = dotEnv;
        this.here = here;
        this.file = file;
    }

    String apply(String key, String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else if (m.group(1).equals("here")) {
                replacement = here.toString();
            } else {
                replacement = lookup(m.group(1)).or(() -> Optional.ofNullable(m.group(3)))
                        .orElseThrow(() -> new ConfigException("Variable ${" + m.group(1) + "} in '" + key + "' of "
                                + file + " is not set; set it in the environment or in .env, or write ${"
                                + m.group(1) + ":-default}"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A variable from the environment, else from {@code .env}. */
    Optional<String> lookup(String name) {
        String value = environment.get(name);
        return value != null ? Optional.of(value) : Optional.ofNullable(dotEnv.get(name));
    }
}
