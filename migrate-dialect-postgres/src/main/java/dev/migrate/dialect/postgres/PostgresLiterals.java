package dev.migrate.dialect.postgres;

import dev.migrate.dialect.common.AnsiLiterals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

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

    // PostgreSQL: a quoted literal has no type until its context gives one ('...' into a uuid, date or
    // enum column), while pgjdbc binds a String as varchar, which such columns refuse: text is bound
    // untyped (Types.OTHER), so the server infers its type as it does for the literal.
    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        Object parameter = parameter(value);
        if (parameter instanceof String text) {
            statement.setObject(index, text, Types.OTHER);
        } else {
            super.bind(statement, index, value);
        }
    }
}
