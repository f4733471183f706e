package dev.migrate.engine.script;

import static dev.migrate.api.Schema.index;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.BulkInsert;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DeleteRows;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.ExecuteSql;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.ColumnTypes;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.source.RevisionScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML and JSON revisions: every operation, every type, and one-line errors naming file, operation and key. */
class DeclarativeRevisionsTest {

    private static final QualifiedName USERS = QualifiedName.of("users");

    @TempDir
    Path dir;

    private List<Operation> load(String file, String text, Direction direction) throws IOException {
        RevisionHeader header = RevisionScripts.read(Files.writeString(dir.resolve(file), text));
        return RevisionOperations.load(header, direction, Projects.config(dir, Map.of()));
    }

    private List<Operation> upgrade(String operations) throws IOException {
        return load("r.yaml", "revision: r1\nupgrade:\n" + operations, Direction.UPGRADE);
    }

    private String error(String operations) {
        return assertThrows(MigrateException.class, () -> upgrade(operations)).getMessage()
                .replace(dir.resolve("r.yaml").toString(), "r.yaml");
    }

    @Test
    void batchAlterTableHoldsOperationsOnItsTable() throws IOException {
        List<Operation> operations = upgrade("""
                  - batch_alter_table:
                      table: users
                      recreate: always
                      operations:
                        - alter_column: {column: email, nullable: true}
                        - create_unique_constraint: {columns: [email]}
                        - drop_column: {column: age}
                """);
        assertEquals(List.of(new BatchAlterTable(USERS, BatchAlterTable.Recreate.ALWAYS, List.of(
                new AlterColumn(USERS, "email", new ColumnChange.SetNullable(true)),
                new AddConstraint(USERS, new Constraint.Unique(Optional.of("uq_users_email"), List.of("email"),
                        Constraint.Deferrable.NOT_DEFERRABLE)),
                new DropColumn(USERS, "age", false)))), operations);
        assertEquals("r.yaml: upgrade operation 1 (batch_alter_table), key 'recreate': must be auto, always or never, not"
                + " 'sometimes'", error("  - batch_alter_table: {table: t, recreate: sometimes, operations: []}\n"));
        assertEquals("r.yaml: upgrade operation 1 (batch_alter_table), key 'operations': a batch holds only add_column,"
                + " drop_column, alter_column, create_index, drop_index, create_primary_key, create_unique_constraint,"
                + " create_foreign_key, create_check_constraint, drop_constraint, not drop_table", error("  - batch_alter_table: {table: t, operations: [{drop_table: {name: t}}]}\n"));
    }

    @Test
    void createTableWithColumnsAndConstraints() throws IOException {
        TableDef table = ((CreateTable) upgrade("""
                  - create_table:
                      name: app.users
                      comment: People
                      columns:
                        - {name: id, type: integer, nullable: false, autoincrement: true}
                        - {name: email, type: "varchar(255)", nullable: false}
                        - {name: user_id, type: bigint}
                        - {name: created_at, type: timestamp, nullable: false, server_default: CURRENT_TIMESTAMP, comment: when}
                      primary_key: [id]
                      unique: [{columns: [email]}]
                      foreign_keys: [{columns: [user_id], references: {table: users, columns: [id]}, on_delete: cascade, deferrable: deferred}]
                      checks: [{name: ck_positive, condition: "id > 0"}]
                """).get(0)).table();
        assertEquals(QualifiedName.of("app", "users"), table.name());
        assertEquals(Optional.of("People"), table.comment());
        assertEquals(List.of(new ColumnDef("id", INTEGER, false, Optional.empty(), true, Optional.empty()),
                ColumnDef.of("email", ColumnTypes.varchar(255)).notNull(), ColumnDef.of("user_id", ColumnTypes.BIGINT),
                ColumnDef.of("created_at", ColumnTypes.TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP").comment("when")),
                table.columns());
        assertEquals(List.of(new Constraint.PrimaryKey(Optional.of("pk_users"), List.of("id")),
                new Constraint.Unique(Optional.of("uq_users_email"), List.of("email"), Constraint.Deferrable.NOT_DEFERRABLE),
                new Constraint.ForeignKey(Optional.of("fk_users_user_id_users"), List.of("user_id"), USERS, List.of("id"),
                        Optional.of(Constraint.ReferentialAction.CASCADE), Optional.empty(),
                        Constraint.Deferrable.DEFERRABLE_INITIALLY_DEFERRED),
                new Constraint.Check(Optional.of("ck_positive"), SqlExpression.of("id > 0"))), table.constraints());
    }

    @Test
    void everyOtherOperation() throws IOException {
        List<Operation> ops = upgrade("""
                  - drop_table: old
                  - drop_table: {name: older, if_exists: true}
                  - rename_table: {table: users, new_name: people}
                  - set_table_comment: {table: users, comment: null}
                  - add_column: {table: users, column: {name: avatar_url, type: "varchar(500)"}}
                  - drop_column: {table: users, column: avatar_url, if_exists: true}
                  - alter_column: {table: users, column: email, nullable: true, server_default: null, new_name: mail}
                  - create_index: {table: users, name: ix_users_email, columns: [email], unique: true, where: "email IS NOT NULL"}
                  - drop_index: {table: users, name: ix_old, concurrently: true}
                  - create_primary_key: {table: users, columns: [id]}
                  - create_unique_constraint: {table: users, name: uq_mail, columns: [mail]}
                  - create_foreign_key: {table: keys, columns: [user_id], references: {table: users, columns: [id]}}
                  - create_check_constraint: {table: users, condition: "age >= 0"}
                  - drop_constraint: {table: users, name: uq_mail, type: unique}
                  - execute: "VACUUM"
                  - execute: {sql: "SELECT 1", postgres: "SELECT 2"}
                  - bulk_insert: {table: roles, rows: [{name: admin, level: 1}, {name: user, level: null}]}
                  - update: {table: users, set: {full_name: "first_name || ' ' || last_name"}, where: "full_name IS NULL"}
                  - delete: {table: users, where: "id < 0"}
                  - insert: {table: roles, values: {name: "'guest'"}}
                """);
        assertEquals(List.of(new DropTable(QualifiedName.of("old"), false), new DropTable(QualifiedName.of("older"), true),
                new RenameTable(USERS, "people"), new SetTableComment(USERS, Optional.empty()),
                new AddColumn(USERS, ColumnDef.of("avatar_url", ColumnTypes.varchar(500)), false),
                new DropColumn(USERS, "avatar_url", true),
                new AlterColumn(USERS, "email", new ColumnChange.SetNullable(true)),
                new AlterColumn(USERS, "email", new ColumnChange.DropDefault()),
                new AlterColumn(USERS, "email", new ColumnChange.Rename("mail")),
                new CreateIndex(USERS, new dev.migrate.api.schema.IndexDef("ix_users_email", List.of("email"), true,
                        Optional.of(SqlExpression.of("email IS NOT NULL"))), false, false),
                new DropIndex(USERS, "ix_old", false, true),
                new AddConstraint(USERS, new Constraint.PrimaryKey(Optional.of("pk_users"), List.of("id"))),
                new AddConstraint(USERS, new Constraint.Unique(Optional.of("uq_mail"), List.of("mail"),
                        Constraint.Deferrable.NOT_DEFERRABLE)),
                new AddConstraint(QualifiedName.of("keys"), new Constraint.ForeignKey(Optional.of("fk_keys_user_id_users"),
                        List.of("user_id"), USERS, List.of("id"), Optional.empty(), Optional.empty(),
                        Constraint.Deferrable.NOT_DEFERRABLE)),
                new AddConstraint(USERS, new Constraint.Check(Optional.of("ck_users_age"), SqlExpression.of("age >= 0"))),
                new DropConstraint(USERS, "uq_mail", ConstraintKind.UNIQUE, false),
                new ExecuteSql("VACUUM", Map.of()), new ExecuteSql("SELECT 1", Map.of("postgres", "SELECT 2")),
                new BulkInsert(QualifiedName.of("roles"), List.of("name", "level"),
                        List.of(List.of("admin", 1), java.util.Arrays.asList("user", null))),
                new UpdateRows(USERS, Map.of("full_name", SqlExpression.of("first_name || ' ' || last_name")),
                        Optional.of(SqlExpression.of("full_name IS NULL"))),
                new DeleteRows(USERS, Optional.of(SqlExpression.of("id < 0"))),
                new InsertRows(QualifiedName.of("roles"), List.of("name"), List.of(SqlExpression.of("'guest'")))), ops);
    }

    @Test
    void everyTypeName() throws IOException {
        List<Object> spelled = List.of("integer", "bigint", "smallint", "boolean", "varchar(20)", "string(30)", "text",
                "numeric(10,2)", "float", "double", "date", "time", "timestamp", "timestamptz", "json", "uuid", "binary",
                "enum(mood: happy, sad)", "raw(CITEXT)");
        List<ColumnType> expected = List.of(ColumnTypes.INTEGER, ColumnTypes.BIGINT, ColumnTypes.SMALLINT, ColumnTypes.BOOLEAN,
                ColumnTypes.varchar(20), ColumnTypes.varchar(30), ColumnTypes.TEXT, ColumnTypes.numeric(10, 2),
                ColumnTypes.FLOAT, ColumnTypes.DOUBLE, ColumnTypes.DATE, ColumnTypes.TIME, ColumnTypes.TIMESTAMP,
                ColumnTypes.TIMESTAMP_TZ, ColumnTypes.JSON, ColumnTypes.UUID, ColumnTypes.BINARY,
                ColumnTypes.enumOf("mood", "happy", "sad"), ColumnTypes.raw("CITEXT"));
        StringBuilder yaml = new StringBuilder();
        for (Object type : spelled) {
            yaml.append("  - add_column: {table: t, column: {name: c, type: \"").append(type).append("\"}}\n");
        }
        yaml.append("  - add_column: {table: t, column: {name: c, type: {enum: mood, values: [happy, sad]}}}\n");
        yaml.append("  - add_column: {table: t, column: {name: c, type: {raw: TEXT, postgres: CITEXT}}}\n");
        List<ColumnType> types = upgrade(yaml.toString()).stream().map(o -> ((AddColumn) o).column().type()).toList();
        assertEquals(expected, types.subList(0, expected.size()));
        assertEquals(ColumnTypes.enumOf("mood", "happy", "sad"), types.get(expected.size()));
        assertEquals(ColumnTypes.raw("TEXT", Map.of("postgres", "CITEXT")), types.get(expected.size() + 1));
    }

    @Test
    void jsonAndDowngrade() throws IOException {
        String json = """
                {"revision": "j1", "upgrade": [{"create_index": {"table": "users", "name": "ix_a", "columns": ["a"]}}],
                 "downgrade": [{"drop_index": {"table": "users", "name": "ix_a"}}]}
                """;
        assertEquals(List.of(new CreateIndex(USERS, index("ix_a", "a"), false, false)), load("j.json", json, Direction.UPGRADE));
        assertEquals(List.of(new DropIndex(USERS, "ix_a", false, false)), load("j.json", json, Direction.DOWNGRADE));
        assertEquals(List.of(), load("e.yaml", "revision: e1\n", Direction.DOWNGRADE));
    }

    @Test
    void errorsNameFileOperationAndKey() {
        assertEquals("r.yaml: upgrade operation 1 (add_column), key 'column.type': unknown type 'varchr(5)'; known types: "
                + DeclarativeTypes.KNOWN, error("  - add_column: {table: t, column: {name: c, type: varchr(5)}}\n"));
        assertEquals("r.yaml: upgrade operation 2 (create_table), key 'columns[0].nullable': must be true or false, not 'maybe'",
                error("  - drop_table: x\n  - create_table: {name: t, columns: [{name: a, type: text, nullable: maybe}]}\n"));
        assertEquals("r.yaml: upgrade operation 1 (create_table), key 'colums': unknown key; known keys: checks, columns, "
                + "comment, foreign_keys, if_not_exists, name, primary_key, unique",
                error("  - create_table: {name: t, colums: []}\n"));
        assertEquals("r.yaml: upgrade operation 1 (create_table): createTable t needs at least one column",
                error("  - create_table: {name: t}\n"));
        assertEquals("r.yaml: upgrade operation 1 (drop_column), key 'column': is required",
                error("  - drop_column: {table: t}\n"));
        assertEquals("r.yaml: upgrade operation 1 (drop_table): unknown operation 'drop_table'; known operations: "
                .replace("drop_table): unknown operation 'drop_table'", "drop_tables): unknown operation 'drop_tables'")
                + String.join(", ", DeclarativeOperations.NAMES), error("  - drop_tables: x\n"));
        assertEquals("r.yaml: upgrade operation 1 (create_foreign_key), key 'on_delete': must be cascade, set null, "
                + "set default, restrict or no action, not 'explode'", error("  - create_foreign_key: {table: k, "
                + "columns: [u], references: {table: users, columns: [id]}, on_delete: explode}\n"));
        assertEquals("r.yaml: upgrade operation 1 (bulk_insert), key 'rows[1]': has columns [b] but the first row has [a]; "
                + "every row names the same columns in the same order", error("  - bulk_insert: {table: t, rows: [{a: 1}, {b: 2}]}\n"));
        assertEquals("r.yaml: upgrade operation 1 (alter_column): alter_column t.c changes nothing; give type, nullable, "
                + "server_default, comment or new_name", error("  - alter_column: {table: t, column: c}\n"));
        assertEquals("r.yaml: upgrade operation 1 (drop_constraint), key 'type': must be primary_key, unique, foreign_key or "
                + "check, not 'index'", error("  - drop_constraint: {table: t, name: x, type: index}\n"));
        assertEquals("r.yaml: upgrade operation 1: must be a mapping with one key, the operation ("
                + String.join(", ", DeclarativeOperations.NAMES) + ")", error("  - drop_table\n"));
        assertEquals("r.yaml: upgrade operation 1 (execute), key 'sql': is required: the SQL for every dialect not named "
                + "beside it", error("  - execute: {postgres: x}\n"));
    }
}
