package dev.migrate.engine.replay;

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
import dev.migrate.api.operation.OperationVisitor;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.RunDataMigration;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Folds operations into a {@link SchemaModel}, revision by revision, so that dialects can render
 * what needs the "before" state without a database.
 *
 * <p>Raw SQL ({@link ExecuteSql}) is opaque: it leaves the model unchanged, and after it the
 * replayer is lenient, since the SQL may have created or changed what later operations use. A
 * table missing after raw SQL is recorded in {@link #unknownTables()} and operations on it are
 * skipped; a missing column, index or constraint is skipped too. Before any raw SQL, every
 * inconsistency (a missing table or column, a duplicate) is a {@link ReplayException}. Data
 * operations (insert, update, delete) leave the model unchanged.
 */
public final class SchemaReplayer implements OperationVisitor<SchemaModel> {

    private SchemaModel model;
    private boolean opaqueSqlSeen;
    private final Set<QualifiedName> unknownTables = new LinkedHashSet<>();

    /** A replayer starting from {@code model}. */
    public SchemaReplayer(SchemaModel model) {
        this.model = model;
    }

    /**
     * The schema after {@code operations}, strict until the first raw SQL among them.
     *
     * @throws ReplayException naming the operation that does not fit
     */
    public static SchemaModel apply(SchemaModel model, List<Operation> operations) {
        SchemaReplayer replayer = new SchemaReplayer(model);
        replayer.replay("(operations)", operations);
        return replayer.model();
    }

    /**
     * Folds one revision's operations into the model.
     *
     * @param revision names the revision (and direction) in error messages
     * @throws ReplayException naming the revision, the operation's position and what is wrong
     */
    public SchemaReplayer replay(String revision, List<Operation> operations) {
        for (int i = 0; i < operations.size(); i++) {
            replay(revision, i + 1, operations.get(i));
        }
        return this;
    }

    /**
     * Folds one operation, the {@code position}-th of its revision, into the model.
     *
     * @throws ReplayException naming the revision, the operation's position and what is wrong
     */
    public SchemaReplayer replay(String revision, int position, Operation operation) {
        try {
            model = operation.accept(this);
        } catch (Inconsistency e) {
            if (!(opaqueSqlSeen && e.isMissing())) {
                throw new ReplayException("Cannot replay " + revision + ", operation " + position + " ("
                        + OperationNames.describe(operation) + "): " + e.getMessage());
            }
        }
        return this;
    }

    /** An independent replayer in the same state: same model, same leniency, same unknown tables. */
    public SchemaReplayer copy() {
        SchemaReplayer copy = new SchemaReplayer(model);
        copy.opaqueSqlSeen = opaqueSqlSeen;
        copy.unknownTables.addAll(unknownTables);
        return copy;
    }

    /** The schema replayed so far. */
    public SchemaModel model() {
        return model;
    }

    /** Tables that operations used after raw SQL although the model does not have them. */
    public Set<QualifiedName> unknownTables() {
        return Set.copyOf(unknownTables);
    }

    @Override
    public SchemaModel visit(CreateTable operation) {
        QualifiedName name = operation.table().name();
        if (model.table(name).isPresent()) {
            if (operation.ifNotExists()) {
                return model;
            }
            throw Inconsistency.conflict("table " + name + " already exists");
        }
        unknownTables.remove(name);
        return model.with(operation.table());
    }

    @Override
    public SchemaModel visit(DropTable operation) {
        if (operation.ifExists() && model.table(operation.table()).isEmpty()) {
            return model;
        }
        table(operation.table());
        return model.without(operation.table());
    }

    @Override
    public SchemaModel visit(RenameTable operation) {
        TableDef table = table(operation.table());
        QualifiedName to = new QualifiedName(operation.table().schema(), operation.newName());
        if (model.table(to).isPresent()) {
            throw Inconsistency.conflict("table " + to + " already exists");
        }
        SchemaModel renamed = model.without(operation.table())
                .with(new TableDef(to, table.columns(), table.constraints(), table.indexes(), table.comment()));
        for (TableDef other : renamed.tables()) {
            renamed = renamed.with(TableChanges.referTo(other, operation.table(), to));
        }
        return renamed;
    }

    @Override
    public SchemaModel visit(AddColumn operation) {
        return change(operation.table(), t -> TableChanges.addColumn(t, operation.column(), operation.ifNotExists()));
    }

    @Override
    public SchemaModel visit(DropColumn operation) {
        return change(operation.table(), t -> TableChanges.dropColumn(t, operation.column(), operation.ifExists()));
    }

    @Override
    public SchemaModel visit(AlterColumn operation) {
        SchemaModel changed = change(operation.table(), t -> TableChanges.alterColumn(t, operation.column(), operation.change()));
        if (operation.change() instanceof ColumnChange.Rename rename) {
            // Foreign keys of other tables follow a renamed column, as PostgreSQL, MySQL and SQLite do.
            for (TableDef other : changed.tables()) {
                changed = changed.with(TableChanges.referToColumn(other, operation.table(), operation.column(), rename.newName()));
            }
        }
        return changed;
    }

    @Override
    public SchemaModel visit(CreateIndex operation) {
        return change(operation.table(), t -> TableChanges.createIndex(t, operation.index(), operation.ifNotExists()));
    }

    @Override
    public SchemaModel visit(DropIndex operation) {
        return change(operation.table(), t -> TableChanges.dropIndex(t, operation.name(), operation.ifExists()));
    }

    @Override
    public SchemaModel visit(AddConstraint operation) {
        return change(operation.table(), t -> TableChanges.addConstraint(t, operation.constraint()));
    }

    @Override
    public SchemaModel visit(DropConstraint operation) {
        return change(operation.table(), t -> TableChanges.dropConstraint(t, operation.name(), operation.kind(),
                operation.ifExists()));
    }

    @Override
    public SchemaModel visit(SetTableComment operation) {
        return change(operation.table(), t -> new TableDef(t.name(), t.columns(), t.constraints(), t.indexes(),
                operation.comment()));
    }

    @Override
    public SchemaModel visit(ExecuteSql operation) {
        opaqueSqlSeen = true;
        return model;
    }

    @Override
    public SchemaModel visit(BulkInsert operation) {
        return model;
    }

    @Override
    public SchemaModel visit(UpdateRows operation) {
        return model;
    }

    @Override
    public SchemaModel visit(DeleteRows operation) {
        return model;
    }

    @Override
    public SchemaModel visit(InsertRows operation) {
        return model;
    }

    @Override
    public SchemaModel visit(BatchAlterTable operation) {
        SchemaModel start = model;
        try {
            for (Operation inner : operation.operations()) {
                model = inner.accept(this);
            }
            return model;
        } finally {
            model = start;
        }
    }

    @Override
    public SchemaModel visit(RunDataMigration operation) {
        // Java code may run any SQL, DDL included: as opaque as raw SQL.
        opaqueSqlSeen = true;
        return model;
    }

    private SchemaModel change(QualifiedName name, UnaryOperator<TableDef> change) {
        return model.with(change.apply(table(name)));
    }

    private TableDef table(QualifiedName name) {
        return model.table(name).orElseThrow(() -> {
            if (opaqueSqlSeen) {
                unknownTables.add(name);
            }
            return Inconsistency.missing("there is no table " + name + " in the schema replayed so far");
        });
    }
}
