package dev.migrate.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqliteLiteralsTest {

    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void stringsDoubleQuotesAndKeepBackslashesAndLineBreaks() {
        assertEquals("'it''s'", dialect.literal("it's"));
        assertEquals("'C:\\path\\n'", dialect.literal("C:\\path\\n"));
        assertEquals("'two\nlines'", dialect.literal("two\nlines"));
        assertEquals("'ünïcödé 😀'", dialect.literal("ünïcödé 😀"));
        assertEquals("'$$ -- /* */'", dialect.literal("$$ -- /* */"));
    }

    @Test
    void aStringWithNulIsWrittenAsItsBytes() {
        assertEquals("CAST(X'61006227' AS TEXT)", dialect.literal("a\0b'"));
    }

    @Test
    void booleansAreIntegersAndTimesAreIsoText() {
        assertEquals("1", dialect.literal(true));
        assertEquals("0", dialect.literal(false));
        assertEquals("'2024-02-29'", dialect.literal(LocalDate.of(2024, 2, 29)));
        assertEquals("'08:30:00'", dialect.literal(LocalTime.of(8, 30)));
        assertEquals("'2024-02-29 08:30:00'", dialect.literal(LocalDateTime.of(2024, 2, 29, 8, 30)));
        assertEquals("'2024-02-29 08:30:00-05:00'",
                dialect.literal(OffsetDateTime.of(2024, 2, 29, 8, 30, 0, 0, ZoneOffset.ofHours(-5))));
        assertEquals("X'0A'", dialect.literal(new byte[] {10}));
    }

    @Test
    void identifiersAreQuotedOnlyWhereNeeded() {
        assertEquals("users", dialect.quoteIdentifier("users"));
        assertEquals("\"index\"", dialect.quoteIdentifier("index"));
        assertEquals("\"transaction\"", dialect.quoteIdentifier("transaction"));
        assertEquals("\"Users\"", dialect.quoteIdentifier("Users"));
        assertEquals("\"a-b\"", dialect.quoteIdentifier("a-b"));
    }
}
