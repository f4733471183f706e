package dev.migrate.engine.script;

import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.Operations.IndexOption;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.engine.config.NamingConvention;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RecordingOperationsTest {

    private final RecordingOperations op = new RecordingOperations(NamingConvention.defaults(), Map.of("tenant", "acme"));

    private List<String> names(Operation operation) {
        return ((CreateTable) operation).table().constraints().stream().map(c -> c.name().orElseThrow()).toList();
    }

    private String error(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void recordsCallsInOrderWithQualifiedNames() {
        op.createTable("billing.invoice", column("id", INTEGER).notNull(), primaryKey("id"));
        op.createIndex("billing.invoice", uniqueIndex("ix_invoice_id", "id"), IndexOption.IF_EXISTS);
        op.dropTable("users");
        List<Operation> recorded = op.operations();
        assertEquals(3, recorded.size());
        assertEquals(QualifiedName.of("billing", "invoice"), ((CreateTable) recorded.get(0)).table().name());
        assertEquals(new CreateIndex(QualifiedName.of("billing", "invoice"), uniqueIndex("ix_invoice_id", "id"), true, false),
                recorded.get(1));
        assertEquals(new DropTable(QualifiedName.of("users"), false), recorded.get(2));
        assertEquals(Map.of("tenant", "acme"), op.arguments());
    }

    @Test
    void namesUnnamedConstraintsByTheDefaultConvention() {
        op.createTable("api_keys", column("id", INTEGER), column("user_id", INTEGER), column("age", INTEGER),
                primaryKey("id"), unique(null, "user_id"), foreignKey("user_id").references("users", "id"),
                check(null, "age >= 0"), check(null, "1 = 1"), unique("own_name", "age"));
        assertEquals(List.of("pk_api_keys", "uq_api_keys_user_id", "fk_api_keys_user_id_users", "ck_api_keys_age",
                "ck_api_keys_2", "own_name"), names(op.operations().get(0)));
    }

    @Test
    void namesAddedConstraintsUniquelyAndWithinSixtyThreeCharacters() {
        op.addConstraint("users", unique(null, "email"));
        op.addConstraint("users", unique(null, "email"));
        op.addConstraint("users", check(null, "LENGTH(\"nick name\") > 2 AND 'x' <> nick"));
        String longTable = "a_table_with_a_name_long_enough_to_overflow_the_postgres_limit";
        op.addConstraint(longTable, foreignKey("owner_id").references("owners", "id"));
        List<String> names = op.operations().stream()
                .map(o -> ((AddConstraint) o).constraint().name().orElseThrow()).toList();
        assertEquals("uq_users_email", names.get(0));
        assertEquals("uq_users_email_2", names.get(1));
        assertEquals("ck_users_nick name", names.get(2));
        assertEquals(63, names.get(3).length());
        assertEquals("fk_" + longTable.substring(0, 51) + "_", names.get(3).substring(0, 55));
    }

    @Test
    void configuredConventionWins() {
        RecordingOperations custom = new RecordingOperations(NamingConvention.of(Map.of("pk", "%(table_name)s_pkey")), Map.of());
        custom.createTable("users", column("id", INTEGER), primaryKey("id"));
        assertEquals(List.of("users_pkey"), names(custom.operations().get(0)));
    }

    @Test
    void alterColumnRecordsOneOperationPerChange() {
        op.alterColumn("users", "email", new ColumnChange.SetNullable(true), new ColumnChange.Rename("mail"));
        op.renameColumn("users", "mail", "email");
        assertEquals(List.of(new AlterColumn(QualifiedName.of("users"), "email", new ColumnChange.SetNullable(true)),
                new AlterColumn(QualifiedName.of("users"), "email", new ColumnChange.Rename("mail")),
                new AlterColumn(QualifiedName.of("users"), "mail", new ColumnChange.Rename("email"))), op.operations());
    }

    @Test
    void dataMigrationsKeepColumnOrder() {
        op.update("users", Map.of("full_name", "first_name || ' ' || last_name"), "full_name IS NULL");
        op.insert("roles", Map.of("name", "'admin'"));
        assertEquals(new UpdateRows(QualifiedName.of("users"),
                Map.of("full_name", SqlExpression.of("first_name || ' ' || last_name")),
                Optional.of(SqlExpression.of("full_name IS NULL"))), op.operations().get(0));
        assertEquals(new InsertRows(QualifiedName.of("roles"), List.of("name"), List.of(SqlExpression.of("'admin'"))),
                op.operations().get(1));
    }

    @Test
    void badArgumentsAreOneLineMessages() {
        assertEquals("Table name 'a.b.c' must be 'table' or 'schema.table'", error(() -> op.dropTable("a.b.c")));
        assertEquals("A table name is required", error(() -> op.dropTable(" ")));
        assertEquals("createTable users needs at least one column", error(() -> op.createTable("users")));
        assertEquals("createTable users has two columns named id",
                error(() -> op.createTable("users", column("id", INTEGER), column("id", varchar(3)))));
        assertEquals("createTable users: the primary key names column 'idd', which the table does not have; columns: id",
                error(() -> op.createTable("users", column("id", INTEGER), primaryKey("idd"))));
        assertEquals("createTable users has 2 primary keys; a table has at most one (list several columns in one "
                + "primaryKey(...))", error(() -> op.createTable("users", column("id", INTEGER), primaryKey("id"),
                        new Constraint.PrimaryKey(Optional.of("pk2"), List.of("id")))));
        assertEquals("alterColumn users.email needs at least one change", error(() -> op.alterColumn("users", "email")));
        assertEquals("renameTable users: the new name 'x.people' is a bare table name (a table keeps its schema)",
                error(() -> op.renameTable("users", "x.people")));
        assertEquals("Column full_name of users needs an SQL expression, not blank text (write 'NULL' for NULL)",
                error(() -> op.update("users", Map.of("full_name", " "))));
        assertEquals("The column argument is required (null given)", error(() -> op.addColumn("users", null)));
        assertEquals("A row of 1 values for 2 columns in roles",
                error(() -> op.bulkInsert("roles", List.of("id", "name"), List.of(List.of(1)))));
        assertEquals("A column is required", error(() -> op.dropColumn("users", "")));
    }
}
