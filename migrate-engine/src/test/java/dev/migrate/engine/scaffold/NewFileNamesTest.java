package dev.migrate.engine.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.engine.config.ConfigException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NewFileNamesTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 1, 17, 9, 30, 5, 0, ZoneOffset.UTC);

    @Test
    void slugIsLowerCaseWordsJoinedByUnderscores() {
        assertEquals("create_users_table", NewFileNames.slug("Create users table", 40));
        assertEquals("add_user_s_e_mail_field", NewFileNames.slug("  add user's e-mail... field!", 40));
        assertEquals("café_crème", NewFileNames.slug("Café -- Crème", 40));
        assertEquals("", NewFileNames.slug("", 40));
        assertEquals("", NewFileNames.slug(null, 40));
    }

    @Test
    void longSlugsAreCutBackToTheLastUnderscoreWhichIsKept() {
        // Alembic: slug[:40].rsplit("_", 1)[0] + "_"
        assertEquals("add_a_very_long_column_name_to_the_",
                NewFileNames.slug("Add a very long column name to the users table please", 40));
        assertEquals("abcdefghij_", NewFileNames.slug("abcdefghijklmnop", 10));
    }

    @Test
    void fileTemplateTokens() {
        assertEquals("20260117_0930_create_users", NewFileNames.render("{yyyy}{MM}{dd}_{HH}{mm}_{slug}", "ab12", "create_users", NOW));
        assertEquals("ab12_x_05_" + NOW.toEpochSecond(), NewFileNames.render("{rev}_{slug}_{ss}_{epoch}", "ab12", "x", NOW));
        assertEquals("2026/ab12", NewFileNames.render("{yyyy}/{rev}", "ab12", "x", NOW));
        assertEquals("Unknown token {month} in file_template '{month}_{slug}'; known tokens: {rev} {slug} {yyyy} {MM} {dd} "
                + "{HH} {mm} {ss} {epoch}", assertThrows(ConfigException.class,
                        () -> NewFileNames.render("{month}_{slug}", "r", "s", NOW)).getMessage());
    }
}
