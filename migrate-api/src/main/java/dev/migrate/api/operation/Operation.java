package dev.migrate.api.operation;

/**
 * One schema or data change of a revision, as data: the engine plans with it, replays it into a
 * schema model, and a dialect renders it to SQL. Every operation is an immutable record.
 */
public sealed interface Operation
        permits CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        AlterColumn,
        CreateIndex,
        DropIndex,
        AddConstraint,
        DropConstraint,
        SetTableComment,
        ExecuteSql,
        BulkInsert,
        UpdateRows,
        DeleteRows,
        InsertRows,
        BatchAlterTable,
        RunDataMigration {

    /** Calls the visitor method for this operation's type. */
    <R> R accept(OperationVisitor<R> visitor);

    /** Rejects a missing or blank name, naming what it is. */
    static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
    }
}
