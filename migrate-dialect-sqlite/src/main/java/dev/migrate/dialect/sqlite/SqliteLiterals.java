package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.common.AnsiLiterals;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** SQLite literals: booleans as 1/0 and dates and times as ISO-8601 text, which its date functions read. */
final class SqliteLiterals extends AnsiLiterals {

    SqliteLiterals() {
        super("sqlite");
    }

    // SQLite reads SQL text only up to a NUL, and the sqlite3 shell drops a carriage return at the end
    // of each input line, even inside a string: such strings are written as UTF-8 bytes cast to TEXT.
    @Override
    protected String string(String value) {
        return value.indexOf('\0') < 0 && value.indexOf('\r') < 0 ? super.string(value)
                : "CAST(X'" + hex(value.getBytes(StandardCharsets.UTF_8)) + "' AS TEXT)";
    }

    // SQLite has no boolean storage class: TRUE and FALSE are the integers 1 and 0.
    @Override
    protected String bool(boolean value) {
        return value ? "1" : "0";
    }

    // SQLite has no date and time types: DATE '...' is a syntax error, ISO-8601 text is the convention.
    @Override
    protected String date(String iso) {
        return string(iso);
    }

    @Override
    protected String time(String iso) {
        return string(iso);
    }

    @Override
    protected String timestamp(String iso) {
        return string(iso);
    }

    @Override
    protected String timestampWithTimeZone(OffsetDateTime value) {
        return string(value.toLocalDate() + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(value.toLocalTime())
                + value.getOffset().getId().replace("Z", "+00:00"));
    }

    // As the literals: booleans as 1 and 0, dates and times as the same ISO-8601 text.
    @Override
    protected Object parameter(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
                || value instanceof OffsetDateTime) {
            String literal = literal(value);
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        return super.parameter(value);
    }
}
