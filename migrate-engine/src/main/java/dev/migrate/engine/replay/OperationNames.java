package dev.migrate.engine.replay;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.BulkInsert;
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
import dev.migrate.api.operation.OperationVisitor;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.RunDataMigration;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;

/** Short descriptions of operations for messages: {@code drop_column users.email}. */
final class OperationNames implements OperationVisitor<String> {

    private static final OperationNames INSTANCE = new OperationNames();

    private OperationNames() {
    }

    static String describe(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public String visit(CreateTable operation) {
        return "create_table " + operation.table().name();
    }

    @Override
    public String visit(DropTable operation) {
        return "drop_table " + operation.table();
    }

    @Override
    public String visit(RenameTable operation) {
        return "rename_table " + operation.table() + " to " + operation.newName();
    }

    @Override
    public String visit(AddColumn operation) {
        return "add_column " + operation.table() + "." + operation.column().name();
    }

    @Override
    public String visit(DropColumn operation) {
        return "drop_column " + operation.table() + "." + operation.column();
    }

    @Override
    public String visit(AlterColumn operation) {
        return "alter_column " + operation.table() + "." + operation.column();
    }

    @Override
    public String visit(CreateIndex operation) {
        return "create_index " + operation.index().name() + " on " + operation.table();
    }

    @Override
    public String visit(DropIndex operation) {
        return "drop_index " + operation.name() + " on " + operation.table();
    }

    @Override
    public String visit(AddConstraint operation) {
        return "add_constraint " + operation.constraint().name().orElse("(unnamed)") + " on " + operation.table();
    }

    @Override
    public String visit(DropConstraint operation) {
        return "drop_constraint " + operation.name() + " on " + operation.table();
    }

    @Override
    public String visit(SetTableComment operation) {
        return "set_table_comment " + operation.table();
    }

    @Override
    public String visit(ExecuteSql operation) {
        return "execute";
    }

    @Override
    public String visit(BulkInsert operation) {
        return "bulk_insert " + operation.table();
    }

    @Override
    public String visit(UpdateRows operation) {
        return "update " + operation.table();
    }

    @Override
    public String visit(DeleteRows operation) {
        return "delete " + operation.table();
    }

    @Override
    public String visit(InsertRows operation) {
        return "insert " + operation.table();
    }

    @Override
    public String visit(BatchAlterTable operation) {
        return "batch_alter_table " + operation.table();
    }

    @Override
    public String visit(RunDataMigration operation) {
        return "run " + operation.description();
    }
}
