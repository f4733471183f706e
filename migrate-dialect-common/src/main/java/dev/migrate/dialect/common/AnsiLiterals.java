package dev.migrate.dialect.common;

import dev.migrate.api.MigrateException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals in ANSI spelling: quoted strings with quotes doubled, {@code DATE '...'} and
 * {@code TIMESTAMP '...'}, {@code X'..'} binary, {@code TRUE}/{@code FALSE}, {@code NULL}.
 * Dialects override the kinds their database writes differently. The values bound to prepared
 * statements online come from here too, converted to store what the literal stores.
 */
public class AnsiLiterals {

    private final String dialectName;

    public AnsiLiterals(String dialectName) {
        this.dialectName = dialectName;
    }

    /** The literal for {@code value}, or a refusal naming its type. */
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean b) {
            return bool(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return floating(((Number) value).doubleValue(), value.toString());
        }
        if (value instanceof UUID u) {
            return string(u.toString());
        }
        if (value instanceof byte[] bytes) {
            return binary(bytes);
        }
        return temporal(value);
    }

    /**
     * Binds {@code value} to a prepared statement's parameter so that it stores what
     * {@link #literal(Object)} would; the value is first converted by {@link #parameter(Object)}.
     */
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        Object parameter = parameter(value);
        if (parameter == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, parameter);
        }
    }

    /**
     * The value JDBC binds for {@code value}: UUIDs as their text (as the literal writes them), an
     * {@code Instant} at UTC, a {@code BigInteger} as a {@code BigDecimal} (drivers lack it);
     * dialects convert further where their literal does.
     */
    protected Object parameter(Object value) {
        if (value instanceof UUID u) {
            return u.toString();
        }
        if (value instanceof Instant i) {
            return parameter(i.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        return value;
    }

    private String temporal(Object value) {
        if (value instanceof LocalDate d) {
            return date(d.toString());
        }
        if (value instanceof LocalTime t) {
            return time(DateTimeFormatter.ISO_LOCAL_TIME.format(t));
        }
        if (value instanceof LocalDateTime t) {
            return timestamp(t.toLocalDate() + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(t.toLocalTime()));
        }
        if (value instanceof OffsetDateTime t) {
            return timestampWithTimeZone(t);
        }
        if (value instanceof Instant i) {
            return timestampWithTimeZone(i.atOffset(ZoneOffset.UTC));
        }
        throw refuse("Cannot write a " + value.getClass().getName() + " as a SQL literal for " + dialectName
                + "; use a String, number, Boolean, java.time date or time, UUID, byte[] or null.");
    }

    /** A string literal: quotes doubled, everything else as it is. */
    protected String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    protected String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A finite floating-point number; NaN and infinities have no portable literal. */
    protected String floating(double value, String text) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw refuse("Cannot write " + text + " as a SQL literal for " + dialectName
                    + "; NaN and infinities have no portable literal, write them with op.execute(...).");
        }
        return text;
    }

    protected String binary(byte[] value) {
        return "X'" + hex(value) + "'";
    }

    protected String date(String iso) {
        return "DATE '" + iso + "'";
    }

    protected String time(String iso) {
        return "TIME '" + iso + "'";
    }

    protected String timestamp(String iso) {
        return "TIMESTAMP '" + iso + "'";
    }

    protected String timestampWithTimeZone(OffsetDateTime value) {
        return "TIMESTAMP WITH TIME ZONE '" + value.toLocalDate() + " "
                + DateTimeFormatter.ISO_LOCAL_TIME.format(value.toLocalTime()) + value.getOffset().getId().replace("Z", "+00:00") + "'";
    }

    /** Upper-case hexadecimal digits of {@code value}. */
    protected static String hex(byte[] value) {
        return HexFormat.of().withUpperCase().formatHex(value);
    }

    /** The name of the dialect, for messages. */
    protected String dialectName() {
        return dialectName;
    }

    /** A refusal of kind {@code REVISION} with a one-line message. */
    protected static MigrateException refuse(String message) {
        return new MigrateException(MigrateException.Kind.REVISION, message);
    }
}
