package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code ${name}} placeholders in a template; an unknown placeholder is an error naming it. */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private TemplateText() {
    }

    static String render(String template, Map<String, String> values, String templateName) {
        return fill(PLACEHOLDER, template, values, name -> new ConfigException("Unknown placeholder ${" + name + "} in "
                + templateName + "; known placeholders: " + String.join(", ", values.keySet().stream().sorted().toList())));
    }

    /** Replaces each match of {@code placeholder} (group 1 is the name) by its value; an unknown name is {@code unknown}'s error. */
    static String fill(Pattern placeholder, String template, Map<String, String> values,
            Function<String, ConfigException> unknown) {
        Matcher m = placeholder.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw unknown.apply(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A built-in template shipped in this package's resources. */
    static String builtIn(String name) {
        try (InputStream in = TemplateText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Built-in template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
