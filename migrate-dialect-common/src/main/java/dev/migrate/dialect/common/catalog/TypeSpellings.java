package dev.migrate.dialect.common.catalog;

import dev.migrate.api.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a database spells the generic column types: whole names ({@code int4}, {@code text}), and the
 * patterns of its sized string and exact-number types, whose groups are the length, or the
 * precision and optional scale.
 */
public record TypeSpellings(Map<String, ColumnType> names, Pattern varchar, Pattern numeric) {

    public TypeSpellings {
        names = Map.copyOf(names);
    }

    /** A spelling in lower case with single spaces, the form {@link #generic} reads. */
    public static String normalized(String spelling) {
        return spelling.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The generic type a {@link #normalized} spelling names, if it names one. */
    public Optional<ColumnType> generic(String normalized) {
        ColumnType known = names.get(normalized);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher length = varchar.matcher(normalized);
        if (length.matches()) {
            return Optional.of(new ColumnType.StringType(Integer.parseInt(length.group(1))));
        }
        Matcher exact = numeric.matcher(normalized);
        if (exact.matches()) {
            return Optional.of(new ColumnType.NumericType(Integer.parseInt(exact.group(1)),
                    exact.group(2) == null ? 0 : Integer.parseInt(exact.group(2))));
        }
        return Optional.empty();
    }
}
