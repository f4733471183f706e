package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void findsTheCommandPastGlobalOptionsAndTheirValues() {
        assertEquals("heads", Commands.commandName(new String[] {"-c", "x/migrate.yaml", "-x", "a=b", "--stacktrace", "heads", "-v"}));
        assertEquals("history", Commands.commandName(new String[] {"--config", "heads.yaml", "history"}));
        assertEquals("init", Commands.commandName(new String[] {"--config=x.yaml", "init", "dir"}));
        assertNull(Commands.commandName(new String[] {"--version"}));
        assertNull(Commands.commandName(new String[] {}));
    }
}
