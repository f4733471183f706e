package dev.migrate.engine.script;

import dev.migrate.api.BatchOperations;
import dev.migrate.api.Operations;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.BulkInsert;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DataMigration;
import dev.migrate.api.operation.DeleteRows;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.ExecuteSql;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.RunDataMigration;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableElement;
import dev.migrate.engine.config.NamingConvention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link Operations} a revision script records into: each call becomes one {@link Operation}
 * in call order, with table names parsed, arguments checked (one-line
 * {@link IllegalArgumentException}s) and unnamed constraints named by the naming convention.
 */
public final class RecordingOperations implements Operations {

    private final List<Operation> operations = new ArrayList<>();
    private final ConstraintNamer namer;
    private final Map<String, String> arguments;

    /** A recorder naming constraints by {@code convention}; scripts see {@code arguments} as {@code -x} values. */
    public RecordingOperations(NamingConvention convention, Map<String, String> arguments) {
        this(new ConstraintNamer(convention), arguments);
    }

    private RecordingOperations(ConstraintNamer namer, Map<String, String> arguments) {
        this.namer = namer;
        this.arguments = Map.copyOf(arguments);
    }

    /** The operations recorded so far, in call order. */
    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Records a ready operation, naming its unnamed constraints. */
    public void record(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (operation instanceof CreateTable create) {
            TableCheck.check(create.table());
            operations.add(new CreateTable(TableCheck.named(create.table(), namer), create.ifNotExists()));
        } else if (operation instanceof AddConstraint add) {
            operations.add(new AddConstraint(add.table(), namer.named(add.table(), add.constraint(), List.of())));
        } else if (operation instanceof BatchAlterTable batch) {
            RecordingOperations inner = new RecordingOperations(namer, arguments);
            batch.operations().forEach(inner::record);
            operations.add(new BatchAlterTable(batch.table(), batch.recreate(), inner.operations));
        } else {
            operations.add(operation);
        }
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        createTable(table, Optional.empty(), Arrays.asList(Objects.requireNonNull(elements, "elements")));
    }

    @Override
    public void createTable(String table, Optional<String> comment, List<TableElement> elements) {
        record(new CreateTable(TableCheck.table(TableNames.parse(table), require(comment, "comment"),
                require(elements, "elements")), false));
    }

    @Override
    public void dropTable(String table) {
        record(new DropTable(TableNames.parse(table), false));
    }

    @Override
    public void renameTable(String table, String newName) {
        if (newName != null && newName.contains(".")) {
            throw new IllegalArgumentException("renameTable " + table + ": the new name '" + newName
                    + "' is a bare table name (a table keeps its schema)");
        }
        record(new RenameTable(TableNames.parse(table), newName));
    }

    @Override
    public void setTableComment(String table, Optional<String> comment) {
        record(new SetTableComment(TableNames.parse(table), require(comment, "comment")));
    }

    @Override
    public void addColumn(String table, ColumnDef column) {
        record(new AddColumn(TableNames.parse(table), require(column, "column"), false));
    }

    @Override
    public void dropColumn(String table, String column) {
        record(new DropColumn(TableNames.parse(table), column, false));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        if (changes == null || changes.length == 0) {
            throw new IllegalArgumentException("alterColumn " + table + "." + column + " needs at least one change");
        }
        for (ColumnChange change : changes) {
            record(new AlterColumn(TableNames.parse(table), column, require(change, "change")));
        }
    }

    @Override
    public void batchAlterTable(String table, BatchAlterTable.Recreate recreate, Consumer<BatchOperations> changes) {
        QualifiedName name = TableNames.parse(table);
        RecordingOperations inner = new RecordingOperations(namer, arguments);
        require(changes, "changes").accept(new Batch(inner, table));
        operations.add(new BatchAlterTable(name, require(recreate, "recreate"), inner.operations));
    }

    @Override
    public void createIndex(String table, IndexDef index, IndexOption... options) {
        List<IndexOption> chosen = Arrays.asList(require(options, "options"));
        record(new CreateIndex(TableNames.parse(table), require(index, "index"), chosen.contains(IndexOption.IF_EXISTS),
                chosen.contains(IndexOption.CONCURRENTLY)));
    }

    @Override
    public void dropIndex(String table, String name, IndexOption... options) {
        List<IndexOption> chosen = Arrays.asList(require(options, "options"));
        record(new DropIndex(TableNames.parse(table), name, chosen.contains(IndexOption.IF_EXISTS),
                chosen.contains(IndexOption.CONCURRENTLY)));
    }

    @Override
    public void addConstraint(String table, Constraint constraint) {
        record(new AddConstraint(TableNames.parse(table), require(constraint, "constraint")));
    }

    @Override
    public void dropConstraint(String table, String name, ConstraintKind kind) {
        record(new DropConstraint(TableNames.parse(table), name, require(kind, "constraint kind"), false));
    }

    @Override
    public void execute(String sql) {
        execute(sql, Map.of());
    }

    @Override
    public void execute(String sql, Map<String, String> perDialect) {
        record(new ExecuteSql(sql, require(perDialect, "perDialect")));
    }

    @Override
    public void bulkInsert(String table, List<String> columns, List<List<Object>> rows) {
        record(new BulkInsert(TableNames.parse(table), require(columns, "columns"), require(rows, "rows")));
    }

    @Override
    public void update(String table, Map<String, String> set) {
        record(new UpdateRows(TableNames.parse(table), expressions(table, set), Optional.empty()));
    }

    @Override
    public void update(String table, Map<String, String> set, String where) {
        record(new UpdateRows(TableNames.parse(table), expressions(table, set), Optional.of(SqlExpression.of(where))));
    }

    @Override
    public void delete(String table, String where) {
        record(new DeleteRows(TableNames.parse(table), Optional.of(SqlExpression.of(where))));
    }

    @Override
    public void insert(String table, Map<String, String> values) {
        Map<String, SqlExpression> row = expressions(table, values);
        record(new InsertRows(TableNames.parse(table), List.copyOf(row.keySet()), List.copyOf(row.values())));
    }

    @Override
    public void run(String description, DataMigration migration) {
        record(new RunDataMigration(require(description, "description"), require(migration, "migration")));
    }

    @Override
    public Map<String, String> arguments() {
        return arguments;
    }

    /** The {@link BatchOperations} of one batch block: each call recorded on the batch's table. */
    private record Batch(RecordingOperations inner, String table) implements BatchOperations {

        @Override
        public void addColumn(ColumnDef column) {
            inner.addColumn(table, column);
        }

        @Override
        public void dropColumn(String column) {
            inner.dropColumn(table, column);
        }

        @Override
        public void alterColumn(String column, ColumnChange... changes) {
            inner.alterColumn(table, column, changes);
        }

        @Override
        public void createIndex(IndexDef index) {
            inner.createIndex(table, index);
        }

        @Override
        public void dropIndex(String name) {
            inner.dropIndex(table, name);
        }

        @Override
        public void addConstraint(Constraint constraint) {
            inner.addConstraint(table, constraint);
        }

        @Override
        public void dropConstraint(String name, ConstraintKind kind) {
            inner.dropConstraint(table, name, kind);
        }
    }

    private static Map<String, SqlExpression> expressions(String table, Map<String, String> values) {
        Map<String, SqlExpression> result = new LinkedHashMap<>();
        require(values, "values").forEach((column, sql) -> {
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("A column name of " + table + " is missing or blank");
            }
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("Column " + column + " of " + table + " needs an SQL expression, "
                        + "not " + (sql == null ? "null" : "blank text") + " (write 'NULL' for NULL)");
            }
            result.put(column, SqlExpression.of(sql));
        });
        return result;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The " + what + " argument is required (null given)");
        }
        return value;
    }
}
