package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ProjectConfig.RevisionIdStyle;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** Makes and checks revision ids. */
public final class RevisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");
    private static final Pattern ILLEGAL = Pattern.compile("[@+:\\-\\s]");

    private RevisionIds() {
    }

    /** A new id in the configured style that is not in {@code taken}. */
    public static String generate(RevisionIdStyle style, ZonedDateTime now, Set<String> taken) {
        if (style == RevisionIdStyle.RANDOM) {
            String id;
            do {
                byte[] bytes = new byte[6];
                RANDOM.nextBytes(bytes);
                id = HexFormat.of().formatHex(bytes);
            } while (taken.contains(id));
            return id;
        }
        String base = TIMESTAMP.format(now);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** The characters of {@code id} that may not appear in a revision id, or empty when it is valid. */
    public static String illegalCharacters(String id) {
        StringBuilder found = new StringBuilder();
        ILLEGAL.matcher(id).results().map(r -> r.group()).distinct().forEach(found::append);
        return found.toString();
    }
}
