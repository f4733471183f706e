package dev.migrate.engine.graph;

import dev.migrate.api.MigrateException;

/**
 * A range {@code start:end} as given to {@code history -r} or an offline run; either side may be
 * empty (base, heads).
 *
 * @param start the lower end as written, possibly empty
 * @param end the upper end as written, possibly empty
 */
public record RevisionRange(String start, String end) {

    /** Splits {@code text} at its one colon; refuses text without exactly one. */
    public static RevisionRange parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0 || trimmed.indexOf(':', colon + 1) >= 0) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Range '" + text
                    + "' must be written [start]:[end], [start]: or :[end], with exactly one ':'.");
        }
        return new RevisionRange(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
    }

    /** Whether {@code text} is a range (contains a colon). */
    public static boolean isRange(String text) {
        return text != null && text.indexOf(':') >= 0;
    }
}
