package dev.migrate.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresLiteralsTest {

    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void stringsDoubleQuotesAndKeepEverythingElse() {
        assertEquals("'it''s'", dialect.literal("it's"));
        assertEquals("'C:\\path\\n'", dialect.literal("C:\\path\\n"));
        assertEquals("'two\nlines'", dialect.literal("two\nlines"));
        assertEquals("'ünïcödé 😀'", dialect.literal("ünïcödé 😀"));
        assertEquals("'$$ -- /* */'", dialect.literal("$$ -- /* */"));
    }

    @Test
    void nulIsRefusedBecauseTextCannotHoldIt() {
        MigrateException e = assertThrows(MigrateException.class, () -> dialect.literal("a\0b"));
        assertEquals("PostgreSQL cannot store the NUL character (U+0000) in text; remove it from the value or store the"
                + " data as bytes (byte[] into a BYTEA column).", e.getMessage());
    }

    @Test
    void numbersBooleansTimesUuidsBytesAndNull() {
        assertEquals("42", dialect.literal(42));
        assertEquals("-7", dialect.literal(-7L));
        assertEquals("3", dialect.literal((short) 3));
        assertEquals("12345678901234567890", dialect.literal(new BigInteger("12345678901234567890")));
        assertEquals("0.000001", dialect.literal(new BigDecimal("1E-6")));
        assertEquals("2.5", dialect.literal(2.5d));
        assertEquals("0.1", dialect.literal(0.1f));
        assertEquals("TRUE", dialect.literal(true));
        assertEquals("DATE '2024-02-29'", dialect.literal(LocalDate.of(2024, 2, 29)));
        assertEquals("TIME '08:00:00'", dialect.literal(LocalTime.of(8, 0)));
        assertEquals("TIMESTAMP '2024-02-29 08:00:00.000001'", dialect.literal(LocalDateTime.of(2024, 2, 29, 8, 0, 0, 1000)));
        assertEquals("TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00'", dialect.literal(Instant.EPOCH));
        assertEquals("'00000000-0000-0000-0000-000000000001'", dialect.literal(new UUID(0, 1)));
        assertEquals("'\\x00FF10'::bytea", dialect.literal(new byte[] {0, -1, 16}));
        assertEquals("NULL", dialect.literal(null));
    }

    @Test
    void unsupportedValuesAreRefused() {
        assertEquals("Cannot write a java.lang.Object as a SQL literal for postgres; use a String, number, Boolean,"
                + " java.time date or time, UUID, byte[] or null.",
                assertThrows(MigrateException.class, () -> dialect.literal(new Object())).getMessage());
        assertEquals("Cannot write NaN as a SQL literal for postgres; NaN and infinities have no portable literal,"
                + " write them with op.execute(...).",
                assertThrows(MigrateException.class, () -> dialect.literal(Double.NaN)).getMessage());
    }

    @Test
    void identifiersAreQuotedOnlyWhereNeeded() {
        assertEquals("users", dialect.quoteIdentifier("users"));
        assertEquals("\"user\"", dialect.quoteIdentifier("user"));
        assertEquals("\"analyse\"", dialect.quoteIdentifier("analyse"));
        assertEquals("\"Users\"", dialect.quoteIdentifier("Users"));
        assertEquals("\"first name\"", dialect.quoteIdentifier("first name"));
        assertEquals("\"a\"\"b\"", dialect.quoteIdentifier("a\"b"));
    }

    @Test
    void transactionsAreBeginAndCommit() {
        assertEquals("BEGIN", dialect.beginTransaction());
        assertEquals("COMMIT", dialect.commitTransaction());
    }
}
