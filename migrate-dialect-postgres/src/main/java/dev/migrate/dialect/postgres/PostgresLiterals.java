package dev.migrate.dialect.postgres;

import dev.migrate.dialect.common.AnsiLiterals;

/** PostgreSQL literals: ANSI strings (with {@code standard_conforming_strings} on) and hex bytea. */
final class PostgresLiterals extends AnsiLiterals {

    PostgresLiterals() {
        super("postgres");
    }

    // PostgreSQL: text cannot hold NUL at all, so no escape could carry it.
    @Override
    protected String string(String value) {
        if (value.indexOf('\0') >= 0) {
            throw refuse("PostgreSQL cannot store the NUL character (U+0000) in text; remove it from the value or store"
                    + " the data as bytes (byte[] into a BYTEA column).");
        }
        return super.string(value);
    }

    // PostgreSQL: X'..' is a bit string; bytea takes the hex format, which needs no backslash escaping
    // while standard_conforming_strings is on (the default since 9.1).
    @Override
    protected String binary(byte[] value) {
        return "'\\x" + hex(value) + "'::bytea";
    }
}
