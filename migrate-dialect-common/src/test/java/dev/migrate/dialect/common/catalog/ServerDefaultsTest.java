package dev.migrate.dialect.common.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.dialect.common.AnsiDialect;
import org.junit.jupiter.api.Test;

class ServerDefaultsTest {

    private final ServerDefaults defaults = new ServerDefaults(new AnsiDialect("ansi", new DialectCapabilities(true)) {
    });

    @Test
    void castsGoOutsideStringsOnly() {
        assertEquals("'a::text'", ServerDefaults.dropCasts("'a::text'::character varying"));
        assertEquals("'it''s'", ServerDefaults.dropCasts("'it''s'::text"));
        assertEquals("lower(('X'))", ServerDefaults.dropCasts("lower(('X'::character varying)::text)"));
        assertEquals("'{}'", ServerDefaults.dropCasts("'{}'::integer[]"));
        assertEquals("'2026-01-01 00:00:00+00'", ServerDefaults.dropCasts("'2026-01-01 00:00:00+00'::timestamp with time zone"));
        assertEquals("1.5", ServerDefaults.dropCasts("1.5::numeric(10,2)"));
        assertEquals("'x'", ServerDefaults.dropCasts("'x'::public.\"My Type\""));
    }

    @Test
    void wholeParenthesesGoAndInnerOnesStay() {
        assertEquals("0", ServerDefaults.unwrap("((0))"));
        assertEquals("(a) + (b)", ServerDefaults.unwrap("(a) + (b)"));
        assertEquals("')'", ServerDefaults.unwrap("(')')"));
    }

    @Test
    void canonicalFormsOfValues() {
        assertEquals("'a'", canonical("'a'::character varying"));
        assertEquals("-1", canonical("'-1'::integer"));
        assertEquals("1.5", canonical("1.50"));
        assertEquals("100", canonical("1E+2"));
        assertEquals("CURRENT_TIMESTAMP", canonical("now()"));
        assertEquals("CURRENT_TIMESTAMP", canonical("current_timestamp(6)"));
        assertEquals("TRUE", canonical("true"));
        assertEquals("'It''s'", canonical("'It''s'"));
        assertEquals(canonical("upper( 'x' )"), canonical("UPPER('x')"));
    }

    @Test
    void whatCalciteCannotParseIsComparedAsText() {
        assertEquals("gen_random_uuid()", canonical("gen_random_uuid( )"));
        assertEquals("nextval('s')", canonical("nextval('s'::regclass)"));
    }

    private String canonical(String sql) {
        return defaults.canonical(SqlExpression.of(sql));
    }
}
