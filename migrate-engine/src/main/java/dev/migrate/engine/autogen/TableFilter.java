package dev.migrate.engine.autogen;

import dev.migrate.api.schema.QualifiedName;
import dev.migrate.engine.config.AutogenerateSettings;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tables autogenerate compares: those matching an {@code include_tables} pattern (every
 * table when there is none), matching no {@code exclude_tables} pattern, in a compared schema, and
 * never the version table or the tables beside it (history, failure record).
 */
public final class TableFilter {

    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final List<String> schemas;
    private final Set<String> never;

    /** A filter from the project's settings; {@code never} names the tables that are never compared. */
    public TableFilter(AutogenerateSettings settings, Set<String> never) {
        this.include = settings.includeTables().stream().map(TableFilter::glob).toList();
        this.exclude = settings.excludeTables().stream().map(TableFilter::glob).toList();
        this.schemas = settings.schemas();
        this.never = Set.copyOf(never);
    }

    /** Whether the table {@code name} is compared. */
    public boolean includes(QualifiedName name) {
        if (never.contains(name.name())) {
            return false;
        }
        if (!schemas.isEmpty() && name.schema().isPresent() && !schemas.contains(name.schema().get())) {
            return false;
        }
        String qualified = name.toString();
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, name, qualified));
        return included && exclude.stream().noneMatch(p -> matches(p, name, qualified));
    }

    /** A pattern with a dot ({@code \Q.\E} once quoted) matches {@code schema.table}, else the bare name. */
    private static boolean matches(Pattern pattern, QualifiedName name, String qualified) {
        return pattern.matcher(pattern.pattern().contains("\\Q.\\E") ? qualified : name.name()).matches();
    }

    /** A glob ({@code *} any run of characters, {@code ?} one character) as a regular expression. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
