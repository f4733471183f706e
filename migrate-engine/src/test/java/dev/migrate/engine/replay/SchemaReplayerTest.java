package dev.migrate.engine.replay;

import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TEXT;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.Operations.IndexOption;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.engine.config.NamingConvention;
import dev.migrate.engine.script.RecordingOperations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SchemaReplayerTest {

    private static List<Operation> ops(Consumer<RecordingOperations> script) {
        RecordingOperations op = new RecordingOperations(NamingConvention.defaults(), Map.of());
        script.accept(op);
        return op.operations();
    }

    private static final List<Operation> USERS = ops(op -> {
        op.createTable("users", column("id", INTEGER).notNull().autoincrementing(), column("email", varchar(255)).notNull(),
                primaryKey("id"), unique(null, "email"));
        op.createTable("api_keys", column("id", INTEGER), column("user_id", INTEGER),
                foreignKey("user_id").references("users", "id"));
    });

    private static SchemaModel replay(Consumer<RecordingOperations> script) {
        return SchemaReplayer.apply(SchemaReplayer.apply(SchemaModel.empty(), USERS), ops(script));
    }

    private static TableDef users(SchemaModel model) {
        return model.table(QualifiedName.of("users")).orElseThrow();
    }

    private static String error(Consumer<RecordingOperations> script) {
        return assertThrows(ReplayException.class, () -> replay(script)).getMessage();
    }

    @Test
    void createAndDropTables() {
        SchemaModel model = SchemaReplayer.apply(SchemaModel.empty(), USERS);
        assertEquals(List.of("pk_users", "uq_users_email"),
                users(model).constraints().stream().map(c -> c.name().orElseThrow()).toList());
        assertEquals(Set.of("api_keys"), replay(op -> op.dropTable("users")).tables().stream()
                .map(t -> t.name().name()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void renameTableMovesForeignKeys() {
        SchemaModel model = replay(op -> op.renameTable("users", "people"));
        assertTrue(model.table(QualifiedName.of("users")).isEmpty());
        assertEquals(2, model.table(QualifiedName.of("people")).orElseThrow().columns().size());
        Constraint.ForeignKey fk = (Constraint.ForeignKey) model.table(QualifiedName.of("api_keys")).orElseThrow()
                .constraints().get(0);
        assertEquals(QualifiedName.of("people"), fk.referredTable());
    }

    @Test
    void tableComment() {
        assertEquals(Optional.of("People"), users(replay(op -> op.setTableComment("users", Optional.of("People")))).comment());
        assertEquals(Optional.empty(), users(replay(op -> {
            op.setTableComment("users", Optional.of("People"));
            op.setTableComment("users", Optional.empty());
        })).comment());
    }

    @Test
    void addAndDropColumns() {
        TableDef added = users(replay(op -> op.addColumn("users", column("avatar_url", varchar(500)))));
        assertEquals(List.of("id", "email", "avatar_url"), added.columns().stream().map(ColumnDef::name).toList());
        TableDef dropped = users(replay(op -> {
            op.createIndex("users", index("ix_users_email", "email"));
            op.dropColumn("users", "email");
        }));
        assertEquals(List.of("id"), dropped.columns().stream().map(ColumnDef::name).toList());
        assertEquals(List.of(), dropped.indexes());
        assertEquals(List.of("pk_users"), dropped.constraints().stream().map(c -> c.name().orElseThrow()).toList());
    }

    @Test
    void everyColumnChange() {
        TableDef table = users(replay(op -> op.alterColumn("users", "email", new ColumnChange.SetType(TEXT, Optional.empty()),
                new ColumnChange.SetNullable(true), new ColumnChange.SetDefault(SqlExpression.of("'none'")),
                new ColumnChange.SetComment(Optional.of("login")))));
        assertEquals(new ColumnDef("email", TEXT, true, Optional.of(SqlExpression.of("'none'")), false, Optional.of("login")),
                table.column("email").orElseThrow());
        TableDef dropped = users(replay(op -> op.alterColumn("users", "email",
                new ColumnChange.SetDefault(SqlExpression.of("'x'")), new ColumnChange.DropDefault())));
        assertEquals(Optional.empty(), dropped.column("email").orElseThrow().serverDefault());
    }

    @Test
    void renameColumnRenamesItInConstraintsAndIndexes() {
        TableDef table = users(replay(op -> {
            op.createIndex("users", index("ix_users_email", "email"));
            op.renameColumn("users", "email", "mail");
        }));
        assertEquals(List.of("id", "mail"), table.columns().stream().map(ColumnDef::name).toList());
        assertEquals(List.of("mail"), table.indexes().get(0).columns());
        assertEquals(List.of("mail"), ((Constraint.Unique) table.constraints().get(1)).columns());
    }

    @Test
    void indexesAndConstraints() {
        TableDef table = users(replay(op -> {
            op.createIndex("users", index("ix_a", "email"));
            op.createIndex("users", index("ix_a", "email"), IndexOption.IF_EXISTS);
            op.createIndex("users", index("ix_b", "lower(email)"));
            op.dropIndex("users", "ix_b");
            op.dropIndex("users", "ix_nope", IndexOption.IF_EXISTS);
            op.addConstraint("users", check(null, "id > 0"));
            op.dropConstraint("users", "uq_users_email", ConstraintKind.UNIQUE);
        }));
        assertEquals(List.of("ix_a"), table.indexes().stream().map(i -> i.name()).toList());
        assertEquals(List.of("pk_users", "ck_users_id"), table.constraints().stream().map(c -> c.name().orElseThrow()).toList());
    }

    @Test
    void dataAndRawSqlLeaveTheModelUnchanged() {
        SchemaModel before = SchemaReplayer.apply(SchemaModel.empty(), USERS);
        assertEquals(before, replay(op -> {
            op.execute("CREATE VIEW v AS SELECT 1");
            op.bulkInsert("users", List.of("id", "email"), List.of(List.of(1, "a@b.c")));
            op.update("users", Map.of("email", "lower(email)"));
            op.insert("users", Map.of("email", "'x'"));
            op.delete("users", "id = 1");
        }));
    }

    @Test
    void inconsistenciesNameTheRevisionAndOperation() {
        assertEquals("Cannot replay (operations), operation 1 (drop_table nope): there is no table nope in the schema "
                + "replayed so far", error(op -> op.dropTable("nope")));
        assertEquals("Cannot replay (operations), operation 1 (create_table users): table users already exists",
                error(op -> op.createTable("users", column("id", INTEGER))));
        assertEquals("Cannot replay (operations), operation 1 (drop_column users.name): table users has no column 'name' "
                + "(columns: id, email)", error(op -> op.dropColumn("users", "name")));
        assertEquals("Cannot replay (operations), operation 1 (add_column users.email): table users already has a column email",
                error(op -> op.addColumn("users", column("email", TEXT))));
        assertEquals("Cannot replay (operations), operation 1 (alter_column users.email): table users already has a column id",
                error(op -> op.renameColumn("users", "email", "id")));
        assertEquals("Cannot replay (operations), operation 1 (drop_index ix on users): table users has no index 'ix' "
                + "(it has no indexes)", error(op -> op.dropIndex("users", "ix")));
        assertEquals("Cannot replay (operations), operation 1 (add_constraint pk2 on users): table users already has a "
                + "primary key pk_users", error(op -> op.addConstraint("users", new Constraint.PrimaryKey(Optional.of("pk2"),
                        List.of("id")))));
        assertEquals("Cannot replay (operations), operation 1 (drop_constraint pk_users on users): constraint pk_users of "
                + "table users is a PRIMARY_KEY, not a UNIQUE", error(op -> op.dropConstraint("users", "pk_users",
                        ConstraintKind.UNIQUE)));
        assertEquals("Cannot replay (operations), operation 1 (add_constraint uq_users_nick on users): the constraint "
                + "uq_users_nick names column 'nick', which table users does not have (columns: id, email)",
                error(op -> op.addConstraint("users", unique(null, "nick"))));
        assertEquals("Cannot replay (operations), operation 2 (rename_table users to api_keys): table api_keys already exists",
                error(op -> {
                    op.setTableComment("users", Optional.of("x"));
                    op.renameTable("users", "api_keys");
                }));
    }

    @Test
    void afterRawSqlUnknownTablesAreRecordedNotRefused() {
        SchemaReplayer replayer = new SchemaReplayer(SchemaModel.empty()).replay("revision a1 (upgrade)", USERS);
        replayer.replay("revision b2 (upgrade)", ops(op -> op.execute("CREATE TABLE audit (id INTEGER)")));
        replayer.replay("revision c3 (upgrade)", ops(op -> {
            op.addColumn("audit", column("at", TEXT));
            op.dropColumn("users", "created_by");
            op.addColumn("users", column("nick", TEXT));
        }));
        assertEquals(Set.of(QualifiedName.of("audit")), replayer.unknownTables());
        assertEquals(List.of("id", "email", "nick"), users(replayer.model()).columns().stream().map(ColumnDef::name).toList());
        String conflict = assertThrows(ReplayException.class, () -> replayer.replay("revision d4 (upgrade)",
                ops(op -> op.addColumn("users", column("nick", TEXT))))).getMessage();
        assertEquals("Cannot replay revision d4 (upgrade), operation 1 (add_column users.nick): table users already has a "
                + "column nick", conflict);
    }

    @Test
    void downgradeReplaysToo() {
        SchemaModel up = replay(op -> op.addColumn("users", column("avatar_url", TEXT)));
        SchemaModel down = SchemaReplayer.apply(up, ops(op -> op.dropColumn("users", "avatar_url")));
        assertEquals(SchemaReplayer.apply(SchemaModel.empty(), USERS), down);
    }
}
