package dev.migrate.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible strings that break naive SQL literal escaping: quotes, backslashes, line breaks,
 * comment and dollar-quote markers, JDBC escapes, and Unicode beyond the BMP.
 */
public final class TrickyStrings {

    private static final List<String> FRAGMENTS = List.of("'", "''", "\\", "\\'", "\\\\", "\n", "\r\n", "\t", "$$",
            "$tag$", "--", "/*", "*/", ";", "?", ":name", "{fn now()}", "{d '2024-01-01'}", "%", "_", "\"", "`",
            "é", "ü", "中文", "😀", "\u200b", "\u001a", " ", "\\x41", "E'", "N'", "\\0", "\\n", "\\Z", "O'Brien");

    private TrickyStrings() {
    }

    /**
     * {@code count} strings from a fixed seed, the first being empty.
     *
     * @param withNul whether the strings may contain U+0000 (PostgreSQL text cannot)
     */
    public static List<String> generate(int count, boolean withNul) {
        Random random = new Random(20240229L);
        List<String> strings = new ArrayList<>(count);
        strings.add("");
        while (strings.size() < count) {
            StringBuilder s = new StringBuilder();
            int parts = random.nextInt(9);
            for (int i = 0; i < parts; i++) {
                switch (random.nextInt(4)) {
                    case 0, 1 -> s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                    case 2 -> s.appendCodePoint(codePoint(random));
                    default -> s.append(withNul && random.nextInt(10) == 0 ? "\0" : "x");
                }
            }
            strings.add(s.toString());
        }
        return strings;
    }

    /** {@code count} byte arrays from a fixed seed, the first empty. */
    public static List<byte[]> bytes(int count) {
        Random random = new Random(7L);
        List<byte[]> values = new ArrayList<>(count);
        values.add(new byte[0]);
        while (values.size() < count) {
            byte[] value = new byte[random.nextInt(40)];
            random.nextBytes(value);
            values.add(value);
        }
        return values;
    }

    private static int codePoint(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0x20 + random.nextInt(0x7F - 0x20);
            case 1 -> 0xA0 + random.nextInt(0xD7FF - 0xA0);
            default -> 0x10000 + random.nextInt(0x1FFFF - 0x10000);
        };
    }
}
