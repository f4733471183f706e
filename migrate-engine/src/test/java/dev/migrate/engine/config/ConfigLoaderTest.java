package dev.migrate.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ProjectConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("migrate.yaml"), yaml);
        return ConfigLoader.load(new ConfigRequest(Optional.empty(), Optional.empty(), Map.of(), env, dir));
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> load(yaml, Map.of())).getMessage();
    }

    @Test
    void defaults() throws IOException {
        ProjectConfig c = load("", Map.of());
        assertEquals(dir.resolve("migrations"), c.scriptLocation());
        assertEquals(List.of(dir.resolve("migrations/versions")), c.versionLocations());
        assertEquals("{yyyy}{MM}{dd}_{HH}{mm}_{slug}", c.fileTemplate());
        assertEquals(40, c.truncateSlugLength());
        assertEquals("migrate_version", c.versionTable());
        assertEquals(ProjectConfig.RevisionIdStyle.RANDOM, c.revisionIdStyle());
        assertEquals(ScriptFormat.JAVA, c.defaultFormat());
        assertTrue(c.transactionPerMigration());
        assertEquals(Optional.empty(), c.database().url());
    }

    @Test
    void everySetting() throws IOException {
        ProjectConfig c = load("""
                script_location: db
                version_locations: [db/versions, db/extra]
                recursive_version_locations: true
                file_template: "{rev}_{slug}"
                truncate_slug_length: 20
                timezone: UTC
                revision_id: timestamp
                revision_format: yaml
                url: jdbc:sqlite:${here}/app.db
                user: app
                password: secret
                version_table: schema_heads
                version_table_schema: meta
                transaction_per_migration: false
                post_write_hooks:
                  - name: fmt
                    type: exec
                    executable: google-java-format
                    options: --replace REVISION_SCRIPT_FILENAME
                """, Map.of());
        assertEquals(List.of(dir.resolve("db/versions"), dir.resolve("db/extra")), c.versionLocations());
        assertTrue(c.recursiveVersionLocations());
        assertEquals(Optional.of(ZoneId.of("UTC")), c.timezone());
        assertEquals(ProjectConfig.RevisionIdStyle.TIMESTAMP, c.revisionIdStyle());
        assertEquals(ScriptFormat.YAML, c.defaultFormat());
        assertEquals(Optional.of("jdbc:sqlite:" + dir + "/app.db"), c.database().url());
        assertEquals(Optional.of("meta"), c.versionTableSchema());
        assertFalse(c.transactionPerMigration());
        assertEquals(List.of(new ProjectConfig.PostWriteHook("fmt", "google-java-format",
                List.of("--replace", "REVISION_SCRIPT_FILENAME"), Optional.empty())), c.postWriteHooks());
        assertFalse(c.database().toString().contains("secret"), c.database().toString());
    }

    @Test
    void environmentBeatsDotEnvBeatsFile() throws IOException {
        Files.writeString(dir.resolve(".env"), "# local\nexport MIGRATE_URL=jdbc:sqlite:dotenv.db\nMIGRATE_USER='dot'\nDB_HOST=db.local\n");
        ProjectConfig fromDotEnv = load("url: jdbc:sqlite:file.db\nuser: fileuser\npassword: ${DB_PASS:-none}\n", Map.of());
        assertEquals(Optional.of("jdbc:sqlite:dotenv.db"), fromDotEnv.database().url());
        assertEquals(Optional.of("dot"), fromDotEnv.database().user());
        assertEquals(Optional.of("none"), fromDotEnv.database().password());
        ProjectConfig fromEnv = load("url: jdbc:postgresql://${DB_HOST}/app\n", Map.of("MIGRATE_URL", "jdbc:sqlite:env.db"));
        assertEquals(Optional.of("jdbc:sqlite:env.db"), fromEnv.database().url());
        Files.writeString(dir.resolve(".env"), "DB_HOST=db.local\n");
        ProjectConfig interpolated = load("url: jdbc:postgresql://${DB_HOST}/app\n", Map.of());
        assertEquals(Optional.of("jdbc:postgresql://db.local/app"), interpolated.database().url());
    }

    @Test
    void sectionsOverrideTheTopLevel() throws IOException {
        Files.writeString(dir.resolve("migrate.yaml"), "url: jdbc:sqlite:a.db\nsections:\n  reporting:\n    url: jdbc:sqlite:b.db\n    version_table: reporting_version\n");
        ProjectConfig c = ConfigLoader.load(new ConfigRequest(Optional.empty(), Optional.of("reporting"), Map.of(), Map.of(), dir));
        assertEquals(Optional.of("jdbc:sqlite:b.db"), c.database().url());
        assertEquals("reporting_version", c.versionTable());
        String missing = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                new ConfigRequest(Optional.empty(), Optional.of("nope"), Map.of(), Map.of(), dir))).getMessage();
        assertEquals("No section 'nope' under 'sections:' in " + dir.resolve("migrate.yaml") + "; it defines: reporting", missing);
    }

    @Test
    void badConfigurationIsOneLineNamingKeyAndFix() {
        Path file = dir.resolve("migrate.yaml");
        assertTrue(error("sqlalchemy.url: x\n").startsWith("Unknown setting 'sqlalchemy.url' in " + file
                + " (use 'url' with a JDBC URL); known settings: script_location, "));
        assertEquals("'truncate_slug_length' in " + file + " must be a whole number of at least 1, not 'ten'",
                error("truncate_slug_length: ten\n"));
        assertEquals("'recursive_version_locations' in " + file + " must be true or false, not 'maybe'",
                error("recursive_version_locations: maybe\n"));
        assertEquals("'revision_id' in " + file + " must be one of random, timestamp, not 'uuid'", error("revision_id: uuid\n"));
        assertEquals("Unknown timezone 'Mars/Olympus' in " + file + "; use an IANA name such as Europe/Berlin or UTC",
                error("timezone: Mars/Olympus\n"));
        assertEquals("Variable ${NOPE} in 'url' of " + file + " is not set; set it in the environment or in .env, "
                + "or write ${NOPE:-default}", error("url: jdbc:postgresql://${NOPE}/x\n"));
        assertEquals(file + " must be a YAML mapping of settings (key: value), not a list", error("- a\n- b\n"));
        assertTrue(error("url: [unclosed\n").startsWith(file + " is not valid YAML: line 2, column 1: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"), error("url: [unclosed\n"));
        assertEquals("'url' in " + file + " must be a single value, not a list", error("url: [a, b]\n"));
        assertEquals("Post-write hook 'x' in " + file + " needs 'executable'", error("post_write_hooks:\n  - name: x\n"));
    }

    @Test
    void namingConventionOverridesTheDefaultsPerKind() throws IOException {
        assertEquals(NamingConvention.defaults(), load("", Map.of()).namingConvention());
        ProjectConfig c = load("naming_convention:\n  uq: \"%(table_name)s_%(column_0_name)s_key\"\n", Map.of());
        assertEquals("%(table_name)s_%(column_0_name)s_key", c.namingConvention().templates().get("uq"));
        assertEquals("pk_%(table)s", c.namingConvention().templates().get("pk"));
        assertEquals("users_email_key", c.namingConvention().name("uq", Map.of("table", "users", "column_0", "email"), "1"));
    }

    @Test
    void badNamingConventionNamesKindOrToken() {
        Path file = dir.resolve("migrate.yaml");
        assertEquals("'naming_convention' in " + file + ": unknown constraint kind 'ix'; known kinds: pk, uq, fk, ck",
                error("naming_convention:\n  ix: ix_%(table)s\n"));
        assertEquals("'naming_convention' in " + file + ": unknown token '%(columns)s' in 'uq'; known tokens: "
                + "%(table)s, %(column_0)s, %(referred_table)s", error("naming_convention:\n  uq: uq_%(columns)s\n"));
        assertEquals("'naming_convention' in " + file + " must be a mapping of constraint kind to template "
                + "(pk: pk_%(table)s, ...), not a single value", error("naming_convention: pk\n"));
    }

    @Test
    void missingFileSaysHowToCreateOne() {
        String message = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                new ConfigRequest(Optional.empty(), Optional.empty(), Map.of(), Map.of(), dir))).getMessage();
        assertEquals("No configuration file: " + dir.resolve("migrate.yaml") + " does not exist. Pass -c FILE, set "
                + "MIGRATE_CONFIG, or create a project with 'migrate init DIR'.", message);
    }
}
