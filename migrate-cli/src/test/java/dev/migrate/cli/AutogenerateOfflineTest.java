package dev.migrate.cli;

import static dev.migrate.cli.AutogenerateTest.detected;
import static dev.migrate.cli.AutogenerateTest.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate with no database: a YAML target model compared with the schema the revisions
 * imply, written as YAML revisions that load and replay; a 1,000-table foreign-key chain; and the
 * refusals.
 */
class AutogenerateOfflineTest {

    private static final String MODEL = """
            tables:
              - name: users
                columns:
                  - {name: id, type: integer, nullable: false, autoincrement: true}
                  - {name: email, type: varchar(255), nullable: false}
                  - {name: mood, type: {enum: mood, values: [happy, sad]}, server_default: "'happy'"}
                primary_key: [id]
                indexes:
                  - {name: ix_users_email, columns: [email], unique: true}
              - name: posts
                columns:
                  - {name: id, type: integer, nullable: false}
                  - {name: user_id, type: integer, nullable: false}
                  - {name: body, type: text, comment: "the text, with \\"quotes\\""}
                primary_key: [id]
                foreign_keys:
                  - {columns: [user_id], references: {table: users, columns: [id]}, on_delete: cascade}
                checks:
                  - {condition: "id > 0"}
            """;

    @TempDir
    Path dir;

    @Test
    void aYamlModelBecomesYamlRevisionsThatReplay() throws Exception {
        Path db = dir.resolve("offline.db");
        TestProject p = TestProject.init(dir.resolve("yaml"), "jdbc:sqlite:" + db);
        p.write("schema.yaml", MODEL);
        p.replaceInConfig("revision_format: java", "revision_format: yaml\ntarget_model: schema.yaml");
        String first = p.ok("revision", "--autogenerate", "--offline", "-m", "initial");
        assertEquals(List.of("Detected added table users", "Detected added table posts"), detected(first));
        assertTrue(generated(first).toString().endsWith(".yaml"), first);
        assertEquals("No changes in schema detected; no revision written.\n",
                p.ok("revision", "--autogenerate", "--offline", "-m", "again"));
        assertEquals(0, p.run("check", "--offline").exitCode());
        assertTrue(!Files.exists(db), "offline autogenerate and check open no database");
        p.ok("upgrade", "head");
        assertEquals(0, p.run("check").exitCode(), "the upgrade on SQLite matches the model");

        p.write("schema.yaml", MODEL.replace("[happy, sad]", "[happy, ok, sad]")
                + "  - name: tags\n    columns:\n      - {name: label, type: varchar(30)}\n");
        CliRun check = p.run("check", "--offline");
        assertEquals(ExitCodes.MODEL_DIFFERS, check.exitCode());
        assertEquals("The target model differs from the schema the revisions imply:\n"
                + "  added table tags\n"
                + "  changed type of users.mood: ENUM mood (happy, sad) -> ENUM mood (happy, ok, sad)\n", check.out());
        String second = p.ok("revision", "--autogenerate", "--offline", "-m", "tags and moods");
        String text = Files.readString(generated(second));
        assertTrue(text.contains("""
                upgrade:\s
                  - create_table:
                      name: "tags"
                      columns:
                        - {name: "label", type: "varchar(30)"}
                  - alter_column: {table: "users", column: "mood", type: {enum: "mood", values: ["happy", "ok", "sad"]}}
                downgrade:\s
                  - alter_column: {table: "users", column: "mood", type: {enum: "mood", values: ["happy", "sad"]}}
                  - drop_table: "tags"
                """), text);
        // The new revision loads and replays (SQLite itself cannot change a column's type in place).
        assertEquals(0, p.run("check", "--offline").exitCode());
        p.ok("downgrade", "base");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(List.of("migrate_version", "migrate_version_history"), OfflineQuickstartTest.tables(c));
        }
    }

    @Test
    void aThousandTableForeignKeyChain() throws IOException {
        Path db = dir.resolve("chain.db");
        TestProject p = TestProject.init(dir.resolve("chain"), "jdbc:sqlite:" + db);
        StringBuilder model = new StringBuilder("tables:\n");
        for (int i = 999; i >= 0; i--) { // each table listed before the one it refers to
            model.append("  - name: t").append(i).append("\n    columns: [{name: id, type: integer, nullable: false}, ")
                    .append("{name: parent_id, type: integer}]\n    primary_key: [id]\n");
            if (i > 0) {
                model.append("    foreign_keys: [{columns: [parent_id], references: {table: t").append(i - 1)
                        .append(", columns: [id]}}]\n");
            }
        }
        p.write("chain.yaml", model.toString());
        Files.writeString(p.config, Files.readString(p.config) + "\ntarget_model: chain.yaml\n");
        String out = p.ok("revision", "--autogenerate", "--offline", "-m", "chain");
        List<String> created = detected(out);
        assertEquals(1000, created.size());
        assertEquals("Detected added table t0", created.get(0));
        assertEquals("Detected added table t999", created.get(999));
        p.ok("upgrade", "head");
        assertEquals(0, p.run("check").exitCode());
        p.ok("downgrade", "base");
    }

    @Test
    void refusalsNameTheFix() {
        TestProject p = TestProject.init(dir.resolve("none"), null);
        CliRun noModel = p.run("check", "--offline");
        assertEquals(ExitCodes.CONFIGURATION, noModel.exitCode());
        assertTrue(noModel.err().startsWith("migrate: error: check compares the database with a target model, and "),
                noModel.err());
        CliRun offlineAlone = p.run("revision", "--offline", "-m", "x");
        assertEquals(ExitCodes.USAGE, offlineAlone.exitCode());
        p.write("schema.yaml", "tables:\n  - name: a\n    columns: [{name: id, type: intgr}]\n");
        p.replaceInConfig("url:", "target_model: schema.yaml\nurl:");
        CliRun bad = p.run("check", "--offline");
        assertEquals(ExitCodes.REVISION, bad.exitCode());
        assertTrue(bad.err().contains("schema.yaml: key 'tables[0].columns[0].type': unknown type 'intgr'"), bad.err());
    }
}
