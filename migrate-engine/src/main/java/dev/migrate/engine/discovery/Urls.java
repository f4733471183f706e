package dev.migrate.engine.discovery;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URL helpers that keep passwords out of every message. */
public final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^jdbc:([A-Za-z0-9]+):");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*):[^/@]*@");

    private Urls() {
    }

    /** The URL with every password (query parameter or {@code user:password@}) replaced by {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1=***");
        return USER_INFO.matcher(withoutParameter).replaceAll("$1:***@");
    }

    /** The database scheme of a JDBC URL ({@code postgresql} for {@code jdbc:postgresql://...}), or empty. */
    public static String scheme(String url) {
        Matcher m = SCHEME.matcher(url == null ? "" : url);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
