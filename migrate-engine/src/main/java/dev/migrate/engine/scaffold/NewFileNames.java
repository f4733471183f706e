package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ConfigException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of new revision files: the slug of a message and the {@code file_template} tokens. */
public final class NewFileNames {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> TOKENS = List.of("rev", "slug", "yyyy", "MM", "dd", "HH", "mm", "ss", "epoch");

    private NewFileNames() {
    }

    /**
     * The slug of a message, as Alembic makes it: its words joined by {@code _} in lower case; when
     * longer than {@code maxLength}, cut at that length back to the last {@code _}, which is kept.
     */
    public static String slug(String message, int maxLength) {
        Matcher m = WORD.matcher(message == null ? "" : message);
        StringBuilder slug = new StringBuilder();
        while (m.find()) {
            slug.append(slug.length() == 0 ? "" : "_").append(m.group().toLowerCase(Locale.ROOT));
        }
        if (slug.length() <= maxLength) {
            return slug.toString();
        }
        String cut = slug.substring(0, maxLength);
        int underscore = cut.lastIndexOf('_');
        return (underscore > 0 ? cut.substring(0, underscore) : cut) + "_";
    }

    /** The file name (without extension, possibly with {@code /}) for a new revision. */
    public static String render(String template, String revisionId, String slug, ZonedDateTime now) {
        Map<String, String> values = Map.of("rev", revisionId, "slug", slug,
                "yyyy", String.format("%04d", now.getYear()), "MM", two(now.getMonthValue()),
                "dd", two(now.getDayOfMonth()), "HH", two(now.getHour()), "mm", two(now.getMinute()),
                "ss", two(now.getSecond()), "epoch", Long.toString(now.toEpochSecond()));
        return TemplateText.fill(TOKEN, template, values, name -> new ConfigException("Unknown token {" + name
                + "} in file_template '" + template + "'; known tokens: "
                + String.join(" ", TOKENS.stream().map(t -> "{" + t + "}").toList())));
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }
}
