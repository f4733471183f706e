package dev.migrate.engine.graph;

import dev.migrate.api.MigrateException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative identifier, {@code [label@][symbol](+|-)N}: {@code +2}, {@code -1}, {@code ae10+2},
 * {@code head-1}, {@code base+2}, {@code label@-1}, {@code label@head-2}.
 *
 * @param branch the part before {@code @}, or null
 * @param symbol the revision, label, {@code head} or {@code base} walked from; null means "from the current rows"
 * @param steps positive walks up, negative walks down
 * @param text the {@code +N} / {@code -N} part as written
 */
record Relative(String branch, String symbol, int steps, String text) {

    // Alembic's pattern, anchored at both ends (Alembic ignores what follows the digits).
    private static final Pattern PATTERN =
            Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    static Optional<Relative> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PATTERN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = matcher.group(3);
        int steps;
        try {
            steps = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new MigrateException(MigrateException.Kind.REVISION,
                    "Relative revision " + number + " in '" + text + "' is too large.");
        }
        if (steps == 0) {
            throw new MigrateException(MigrateException.Kind.REVISION,
                    "Relative revision " + number + " in '" + text + "' moves nowhere; give at least one step.");
        }
        return Optional.of(new Relative(matcher.group(1), matcher.group(2), steps, number));
    }

    boolean fromCurrent() {
        return symbol == null;
    }

    /** The symbol with its branch, as {@code label@symbol}. */
    String qualifiedSymbol() {
        return branch == null ? symbol : branch + "@" + symbol;
    }
}
