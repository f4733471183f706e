package dev.migrate.api;

import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.DataMigration;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.TableElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facade revision scripts call to record schema and data operations (Alembic's {@code op}).
 * Table names may be schema-qualified ({@code "billing.invoice"}). Nothing runs while a script
 * records: the engine plans, renders per dialect and runs (or prints) afterwards.
 */
public interface Operations {

    /** Options of index operations. */
    enum IndexOption {
        /** CREATE INDEX IF NOT EXISTS / DROP INDEX IF EXISTS. */
        IF_EXISTS,
        /** PostgreSQL CREATE/DROP INDEX CONCURRENTLY: runs outside the migration's transaction. */
        CONCURRENTLY
    }

    // Tables

    /** CREATE TABLE with columns and constraints ({@code column(...)}, {@code primaryKey(...)}, ...). */
    void createTable(String table, TableElement... elements);

    /** CREATE TABLE with a table comment. */
    void createTable(String table, Optional<String> comment, List<TableElement> elements);

    void dropTable(String table);

    void renameTable(String table, String newName);

    /** Sets a table comment; {@link Optional#empty()} removes it. */
    void setTableComment(String table, Optional<String> comment);

    // Columns

    void addColumn(String table, ColumnDef column);

    void dropColumn(String table, String column);

    /** One or more changes to a column, each applied in order. */
    void alterColumn(String table, String column, ColumnChange... changes);

    default void alterColumnType(String table, String column, ColumnType type) {
        alterColumn(table, column, new ColumnChange.SetType(type, Optional.empty()));
    }

    default void alterColumnNullable(String table, String column, boolean nullable) {
        alterColumn(table, column, new ColumnChange.SetNullable(nullable));
    }

    default void renameColumn(String table, String column, String newName) {
        alterColumn(table, column, new ColumnChange.Rename(newName));
    }

    // Batches

    /**
     * Several changes to one table carried out together (Alembic's {@code batch_alter_table}):
     * {@code changes} records column, index and constraint operations on {@code table}. On SQLite
     * the table is rebuilt once when any change needs it ({@link BatchAlterTable.Recreate#AUTO}).
     */
    default void batchAlterTable(String table, Consumer<BatchOperations> changes) {
        batchAlterTable(table, BatchAlterTable.Recreate.AUTO, changes);
    }

    /** A batch that rebuilds the table as {@code recreate} says: only when needed, always, or never. */
    void batchAlterTable(String table, BatchAlterTable.Recreate recreate, Consumer<BatchOperations> changes);

    // Indexes and constraints

    void createIndex(String table, IndexDef index, IndexOption... options);

    void dropIndex(String table, String name, IndexOption... options);

    /** Adds a constraint; an unnamed one is named by the naming convention. */
    void addConstraint(String table, Constraint constraint);

    void dropConstraint(String table, String name, ConstraintKind kind);

    // SQL and data

    /** Raw SQL, the same for every dialect; opaque to schema replay. */
    void execute(String sql);

    /** Raw SQL spelled per dialect name ({@code postgres}, {@code mysql}, {@code sqlite}), else {@code sql}. */
    void execute(String sql, Map<String, String> perDialect);

    /** Inserts literal rows: strings, numbers, booleans, dates and times, UUIDs, byte arrays, null. */
    void bulkInsert(String table, List<String> columns, List<List<Object>> rows);

    /** UPDATE table SET column = expression, ...: the expressions are portable SQL. */
    void update(String table, Map<String, String> set);

    /** UPDATE table SET ... WHERE condition. */
    void update(String table, Map<String, String> set, String where);

    /** DELETE FROM table WHERE condition. */
    void delete(String table, String where);

    /** INSERT INTO table (columns) VALUES (expressions): one row computed in SQL. */
    void insert(String table, Map<String, String> values);

    /**
     * Runs {@code migration} online with the migration's own JDBC connection, in the migration's
     * transaction, at this point among the operations: read rows, change them in Java, write them
     * back. {@code description} names it in messages and is all its checksum covers; offline
     * ({@code --sql}) a revision that calls this is refused.
     */
    void run(String description, DataMigration migration);

    /** {@link #run(String, DataMigration)} described as {@code data migration}. */
    default void run(DataMigration migration) {
        run("data migration", migration);
    }

    /** The {@code -x key=value} arguments of the command line. */
    Map<String, String> arguments();
}
