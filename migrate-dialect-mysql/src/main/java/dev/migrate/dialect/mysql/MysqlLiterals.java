package dev.migrate.dialect.mysql;

import dev.migrate.dialect.common.AnsiLiterals;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** MySQL and MariaDB literals: backslash escapes in strings, UTC timestamps without offset. */
final class MysqlLiterals extends AnsiLiterals {

    MysqlLiterals() {
        super("mysql");
    }

    // MySQL: a backslash starts an escape in string literals (unless sql_mode has NO_BACKSLASH_ESCAPES),
    // so it is doubled; NUL, CR, LF and Ctrl-Z are escaped so the mysql/mariadb client reads them back intact.
    @Override
    protected String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    // MariaDB reads no offset in a datetime literal: the instant is written in UTC, which a TIMESTAMP
    // column stores as such when the session time_zone is '+00:00'.
    @Override
    protected String timestampWithTimeZone(OffsetDateTime value) {
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        return timestamp(utc.toLocalDate() + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(utc.toLocalTime()));
    }

    // As the literal: the instant in UTC, without offset.
    @Override
    protected Object parameter(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return super.parameter(value);
    }
}
