package dev.migrate.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.migrate.api.spi.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static final List<Statement> STEP = List.of(Statement.of("CREATE TABLE t (id INTEGER NOT NULL)"),
            Statement.of("ALTER TABLE t ADD COLUMN c VARCHAR(50)"));

    @Test
    void isTheSha256OfTheStatementsJoined() {
        // printf 'CREATE TABLE t (id INTEGER NOT NULL);\nALTER TABLE t ADD COLUMN c VARCHAR(50);\n' | sha256sum
        assertEquals("73af099612d2121123b05da3a643977aec01c476b803f70cb4e9750893934001", Checksums.of(STEP));
    }

    @Test
    void ignoresWhitespace() {
        assertEquals(Checksums.of(STEP), Checksums.of(List.of(Statement.of("  CREATE TABLE t (id   INTEGER\n\tNOT NULL)\n"),
                Statement.outsideTransaction("ALTER TABLE t\n    ADD COLUMN c VARCHAR(50)"))));
    }

    @Test
    void changesWithWhatTheStatementsDo() {
        assertNotEquals(Checksums.of(STEP), Checksums.of(List.of(STEP.get(0))));
        assertNotEquals(Checksums.of(STEP), Checksums.of(List.of(STEP.get(0),
                Statement.of("ALTER TABLE t ADD COLUMN c VARCHAR(60)"))));
        assertNotEquals(Checksums.of(STEP), Checksums.of(List.of(STEP.get(1), STEP.get(0))));
    }
}
