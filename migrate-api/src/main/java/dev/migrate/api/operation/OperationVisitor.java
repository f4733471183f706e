package dev.migrate.api.operation;

/**
 * One method per operation type: the compile-time exhaustiveness a sealed switch would give on
 * newer Java. A new operation adds a method here and in the ANSI base renderer, so third-party
 * dialects that extend it keep compiling.
 */
public interface OperationVisitor<R> {

    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(RenameTable operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(AlterColumn operation);

    R visit(CreateIndex operation);

    R visit(DropIndex operation);

    R visit(AddConstraint operation);

    R visit(DropConstraint operation);

    R visit(SetTableComment operation);

    R visit(ExecuteSql operation);

    R visit(BulkInsert operation);

    R visit(UpdateRows operation);

    R visit(DeleteRows operation);

    R visit(InsertRows operation);

    R visit(BatchAlterTable operation);
    R visit(RunDataMigration operation);
}
