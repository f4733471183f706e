package dev.migrate.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MysqlLiteralsTest {

    private final MysqlDialect dialect = new MysqlDialect();

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("'it''s'", dialect.literal("it's"));
        assertEquals("'C:\\\\path\\\\n'", dialect.literal("C:\\path\\n"));
        assertEquals("'two\\nlines\\r'", dialect.literal("two\nlines\r"));
        assertEquals("'nul\\0 ctrl-z\\Z'", dialect.literal("nul\0 ctrl-z\u001a"));
        assertEquals("'\\\\'''", dialect.literal("\\'"));
        assertEquals("'ünïcödé 😀'", dialect.literal("ünïcödé 😀"));
        assertEquals("'$$ -- /* */ # '", dialect.literal("$$ -- /* */ # "));
    }

    @Test
    void numbersBooleansTimesUuidsBytesAndNull() {
        assertEquals("TRUE", dialect.literal(true));
        assertEquals("FALSE", dialect.literal(false));
        assertEquals("DATE '2024-02-29'", dialect.literal(LocalDate.of(2024, 2, 29)));
        assertEquals("TIME '23:59:59.5'", dialect.literal(LocalTime.of(23, 59, 59, 500_000_000)));
        assertEquals("TIMESTAMP '2024-02-29 06:00:00'",
                dialect.literal(OffsetDateTime.of(2024, 2, 29, 8, 0, 0, 0, ZoneOffset.ofHours(2))));
        assertEquals("'00000000-0000-0000-0000-000000000001'", dialect.literal(new UUID(0, 1)));
        assertEquals("X'00FF10'", dialect.literal(new byte[] {0, -1, 16}));
        assertEquals("X''", dialect.literal(new byte[0]));
        assertEquals("NULL", dialect.literal(null));
    }

    @Test
    void identifiersAreBacktickedOnlyWhereNeeded() {
        assertEquals("users", dialect.quoteIdentifier("users"));
        assertEquals("`key`", dialect.quoteIdentifier("key"));
        assertEquals("`interval`", dialect.quoteIdentifier("interval"));
        assertEquals("`Order`", dialect.quoteIdentifier("Order"));
        assertEquals("`a``b`", dialect.quoteIdentifier("a`b"));
        assertEquals("`first name`", dialect.quoteIdentifier("first name"));
    }
}
