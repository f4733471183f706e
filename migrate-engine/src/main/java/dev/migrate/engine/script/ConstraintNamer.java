package dev.migrate.engine.script;

import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.engine.config.NamingConvention;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the unnamed constraints of one revision by the {@link NamingConvention}, so that every
 * constraint can be dropped by name later on any database. Names stay unique per table within
 * the revision ({@code _2}, {@code _3}, ...) and within 63 characters (PostgreSQL's limit).
 */
final class ConstraintNamer {

    static final int MAX_LENGTH = 63;

    private static final Pattern IDENTIFIER = Pattern.compile("'(?:[^']|'')*'|\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$]*)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "null", "is", "in", "like", "between",
            "true", "false", "case", "when", "then", "else", "end", "length", "char_length", "lower", "upper",
            "coalesce", "trim", "abs", "cast", "as", "exists", "current_date", "current_timestamp", "ilike", "similar");

    private final NamingConvention convention;
    private final Map<QualifiedName, Set<String>> used = new HashMap<>();
    private final Map<QualifiedName, Integer> checks = new HashMap<>();

    ConstraintNamer(NamingConvention convention) {
        this.convention = convention;
    }

    /**
     * The constraint with a name: its own, or the convention's.
     *
     * @param tableColumns the table's columns when known (CREATE TABLE), to find a check's column
     */
    Constraint named(QualifiedName table, Constraint constraint, List<String> tableColumns) {
        if (constraint.name().isPresent()) {
            used.computeIfAbsent(table, t -> new HashSet<>()).add(constraint.name().get());
            return constraint;
        }
        Map<String, String> values = new HashMap<>();
        values.put("table", table.name());
        String fallback = "";
        String kind;
        if (constraint instanceof Constraint.PrimaryKey pk) {
            kind = "pk";
            values.put("column_0", pk.columns().get(0));
        } else if (constraint instanceof Constraint.Unique uq) {
            kind = "uq";
            values.put("column_0", uq.columns().get(0));
        } else if (constraint instanceof Constraint.ForeignKey fk) {
            kind = "fk";
            values.put("column_0", fk.columns().get(0));
            values.put("referred_table", fk.referredTable().name());
        } else {
            kind = "ck";
            int ordinal = checks.merge(table, 1, Integer::sum);
            fallback = Integer.toString(ordinal);
            firstColumn(((Constraint.Check) constraint).condition().sql(), tableColumns)
                    .ifPresent(column -> values.put("column_0", column));
        }
        return constraint.withName(unique(table, shorten(convention.name(kind, values, fallback))));
    }

    private String unique(QualifiedName table, String name) {
        Set<String> names = used.computeIfAbsent(table, t -> new HashSet<>());
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = shorten(name + "_" + n);
        }
        return candidate;
    }

    /** The first identifier of a condition that is a column (or, with no columns known, not a keyword). */
    private static java.util.Optional<String> firstColumn(String condition, List<String> tableColumns) {
        Matcher matcher = IDENTIFIER.matcher(condition);
        while (matcher.find()) {
            String identifier = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (identifier == null) {
                continue;
            }
            boolean column = tableColumns.isEmpty() ? !KEYWORDS.contains(identifier.toLowerCase(Locale.ROOT))
                    : tableColumns.contains(identifier);
            if (column) {
                return java.util.Optional.of(identifier);
            }
        }
        return java.util.Optional.empty();
    }

    /** A name cut to 63 characters: 54 of it, {@code _} and 8 hexadecimal characters of its hash. */
    static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int hash = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x01000193;
        }
        return name.substring(0, MAX_LENGTH - 9) + "_" + String.format("%08x", hash);
    }
}
