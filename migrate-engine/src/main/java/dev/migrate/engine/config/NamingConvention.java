package dev.migrate.engine.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates that name unnamed constraints, as SQLAlchemy's {@code naming_convention}: one per
 * constraint kind ({@code pk}, {@code uq}, {@code fk}, {@code ck}) with the tokens
 * {@code %(table)s}, {@code %(column_0)s} and {@code %(referred_table)s} (SQLAlchemy's
 * {@code table_name}, {@code column_0_name} and {@code referred_table_name} are accepted too).
 *
 * @param templates the template per kind key
 */
public record NamingConvention(Map<String, String> templates) {

    /** The kind keys a convention has. */
    public static final Set<String> KINDS = Set.of("pk", "uq", "fk", "ck");

    private static final Pattern TOKEN = Pattern.compile("%\\((\\w+)\\)s");
    private static final Map<String, String> ALIASES = Map.of("table_name", "table", "column_0_name", "column_0",
            "referred_table_name", "referred_table");
    private static final Set<String> TOKENS = Set.of("table", "column_0", "referred_table");

    public NamingConvention {
        templates = Map.copyOf(templates);
        if (!templates.keySet().equals(KINDS)) {
            throw new IllegalArgumentException("A naming convention needs exactly the kinds " + KINDS);
        }
    }

    /** The defaults: {@code pk_%(table)s}, {@code uq_%(table)s_%(column_0)s}, ... */
    public static NamingConvention defaults() {
        return new NamingConvention(Map.of("pk", "pk_%(table)s", "uq", "uq_%(table)s_%(column_0)s",
                "fk", "fk_%(table)s_%(column_0)s_%(referred_table)s", "ck", "ck_%(table)s_%(column_0)s"));
    }

    /**
     * The defaults overridden by {@code overrides}, each checked for unknown kinds and tokens.
     *
     * @throws IllegalArgumentException naming the bad kind or token and what is allowed
     */
    public static NamingConvention of(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(defaults().templates());
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            if (!KINDS.contains(entry.getKey())) {
                throw new IllegalArgumentException("unknown constraint kind '" + entry.getKey() + "'; known kinds: pk, uq, fk, ck");
            }
            Matcher tokens = TOKEN.matcher(entry.getValue());
            while (tokens.find()) {
                if (!TOKENS.contains(ALIASES.getOrDefault(tokens.group(1), tokens.group(1)))) {
                    throw new IllegalArgumentException("unknown token '" + tokens.group() + "' in '" + entry.getKey()
                            + "'; known tokens: %(table)s, %(column_0)s, %(referred_table)s");
                }
            }
            merged.put(entry.getKey(), entry.getValue());
        }
        return new NamingConvention(merged);
    }

    /**
     * The name of a constraint of {@code kind}: the template with its tokens replaced. A token with
     * no value (a check without a column) is replaced by {@code fallback}.
     */
    public String name(String kind, Map<String, String> values, String fallback) {
        Matcher tokens = TOKEN.matcher(templates.get(kind));
        StringBuilder name = new StringBuilder();
        while (tokens.find()) {
            String token = ALIASES.getOrDefault(tokens.group(1), tokens.group(1));
            tokens.appendReplacement(name, Matcher.quoteReplacement(values.getOrDefault(token, fallback)));
        }
        tokens.appendTail(name);
        return name.toString();
    }
}
