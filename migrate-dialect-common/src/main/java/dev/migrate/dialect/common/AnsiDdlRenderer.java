package dev.migrate.dialect.common;

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
import dev.migrate.api.operation.OperationVisitor;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.RunDataMigration;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renderer of operations to ANSI SQL (PostgreSQL-like where ANSI says nothing): the one dispatch
 * over every operation, each arm delegating to a {@code protected} method that a dialect's
 * subclass overrides only where its database differs. Column and constraint pieces come from
 * {@link AnsiTableRenderer}.
 */
public class AnsiDdlRenderer extends AnsiTableRenderer implements OperationVisitor<List<Statement>> {

    public AnsiDdlRenderer(AnsiDialect dialect, SchemaModel before) {
        super(dialect, before);
    }

    // The dispatch: one line per operation.

    @Override public List<Statement> visit(CreateTable operation) { return createTable(operation); }
    @Override public List<Statement> visit(DropTable operation) { return dropTable(operation); }
    @Override public List<Statement> visit(RenameTable operation) { return renameTable(operation); }
    @Override public List<Statement> visit(AddColumn operation) { return addColumn(operation); }
    @Override public List<Statement> visit(DropColumn operation) { return dropColumn(operation); }
    @Override public List<Statement> visit(AlterColumn operation) { return alterColumn(operation); }
    @Override public List<Statement> visit(CreateIndex operation) { return createIndex(operation); }
    @Override public List<Statement> visit(DropIndex operation) { return dropIndex(operation); }
    @Override public List<Statement> visit(AddConstraint operation) { return addConstraint(operation); }
    @Override public List<Statement> visit(DropConstraint operation) { return dropConstraint(operation); }
    @Override public List<Statement> visit(SetTableComment operation) { return setTableComment(operation); }
    @Override public List<Statement> visit(ExecuteSql operation) { return executeSql(operation); }
    @Override public List<Statement> visit(BulkInsert operation) { return bulkInsert(operation); }
    @Override public List<Statement> visit(UpdateRows operation) { return updateRows(operation); }
    @Override public List<Statement> visit(DeleteRows operation) { return deleteRows(operation); }
    @Override public List<Statement> visit(InsertRows operation) { return insertRows(operation); }
    @Override public List<Statement> visit(BatchAlterTable operation) { return batchAlterTable(operation); }
    @Override public List<Statement> visit(RunDataMigration operation) { return runDataMigration(operation); }

    // Tables

    protected List<Statement> createTable(CreateTable operation) {
        TableDef table = operation.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(columnDefinition(c)));
        table.constraints().stream().filter(c -> !inlinedInColumn(table, c)).forEach(c -> elements.add(constraint(c)));
        List<Statement> statements = new ArrayList<>(typesBefore(table.columns()));
        statements.add(Statement.of("CREATE TABLE " + (operation.ifNotExists() ? "IF NOT EXISTS " : "")
                + table(table.name()) + " (" + String.join(", ", elements) + ")" + tableOptions(table)));
        statements.addAll(commentsOf(table));
        return statements;
    }

    protected List<Statement> dropTable(DropTable operation) {
        return one("DROP TABLE " + (operation.ifExists() ? "IF EXISTS " : "") + table(operation.table()));
    }

    protected List<Statement> renameTable(RenameTable operation) {
        return one("ALTER TABLE " + table(operation.table()) + " RENAME TO " + name(operation.newName()));
    }

    protected List<Statement> setTableComment(SetTableComment operation) {
        return one("COMMENT ON TABLE " + table(operation.table()) + " IS " + commentLiteral(operation.comment()));
    }

    // Columns

    protected List<Statement> addColumn(AddColumn operation) {
        List<Statement> statements = new ArrayList<>(typesBefore(List.of(operation.column())));
        statements.add(Statement.of("ALTER TABLE " + table(operation.table()) + " ADD COLUMN "
                + (operation.ifNotExists() ? "IF NOT EXISTS " : "") + columnDefinition(operation.column())));
        statements.addAll(commentOf(operation.table(), operation.column()));
        return statements;
    }

    protected List<Statement> dropColumn(DropColumn operation) {
        return one("ALTER TABLE " + table(operation.table()) + " DROP COLUMN " + (operation.ifExists() ? "IF EXISTS " : "")
                + name(operation.column()));
    }

    /** Sends each kind of column change to its own method. */
    protected List<Statement> alterColumn(AlterColumn operation) {
        ColumnChange change = operation.change();
        if (change instanceof ColumnChange.SetType type) {
            return alterColumnType(operation, type);
        } else if (change instanceof ColumnChange.SetNullable nullable) {
            return alterColumnNullable(operation, nullable.nullable());
        } else if (change instanceof ColumnChange.SetDefault value) {
            return alterColumnDefault(operation, Optional.of(value.expression()));
        } else if (change instanceof ColumnChange.DropDefault) {
            return alterColumnDefault(operation, Optional.empty());
        } else if (change instanceof ColumnChange.Rename rename) {
            return renameColumn(operation, rename.newName());
        }
        return alterColumnComment(operation, ((ColumnChange.SetComment) change).comment());
    }

    protected List<Statement> alterColumnType(AlterColumn operation, ColumnChange.SetType change) {
        String using = change.using().map(u -> " USING " + expression(u)).orElse("");
        return one(alterColumnPrefix(operation) + " TYPE " + typeName(change.type()) + using);
    }

    protected List<Statement> alterColumnNullable(AlterColumn operation, boolean nullable) {
        return one(alterColumnPrefix(operation) + (nullable ? " DROP NOT NULL" : " SET NOT NULL"));
    }

    protected List<Statement> alterColumnDefault(AlterColumn operation, Optional<SqlExpression> value) {
        return one(alterColumnPrefix(operation) + value.map(v -> " SET DEFAULT " + defaultValue(v)).orElse(" DROP DEFAULT"));
    }

    protected List<Statement> renameColumn(AlterColumn operation, String newName) {
        return one("ALTER TABLE " + table(operation.table()) + " RENAME COLUMN " + name(operation.column()) + " TO "
                + name(newName));
    }

    protected List<Statement> alterColumnComment(AlterColumn operation, Optional<String> comment) {
        return one("COMMENT ON COLUMN " + table(operation.table()) + "." + name(operation.column()) + " IS "
                + commentLiteral(comment));
    }

    /** {@code ALTER TABLE t ALTER COLUMN c}. */
    protected String alterColumnPrefix(AlterColumn operation) {
        return "ALTER TABLE " + table(operation.table()) + " ALTER COLUMN " + name(operation.column());
    }

    // Indexes and constraints

    protected List<Statement> createIndex(CreateIndex operation) {
        return one(createIndexSql(operation, ""));
    }

    /** {@code CREATE [UNIQUE] INDEX <option>[IF NOT EXISTS] name ON t (columns) [WHERE ...]}. */
    protected String createIndexSql(CreateIndex operation, String option) {
        var index = operation.index();
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + option + (operation.ifNotExists() ? "IF NOT EXISTS " : "")
                + name(index.name()) + " ON " + table(operation.table()) + " " + columns(index.columns())
                + index.where().map(w -> indexPredicate(operation, w)).orElse("");
    }

    /** The partial-index clause, {@code WHERE condition}. */
    protected String indexPredicate(CreateIndex operation, SqlExpression where) {
        return " WHERE " + expression(where);
    }

    protected List<Statement> dropIndex(DropIndex operation) {
        return one(dropIndexSql(operation, ""));
    }

    /** {@code DROP INDEX <option>[IF EXISTS] [schema.]name}. */
    protected String dropIndexSql(DropIndex operation, String option) {
        QualifiedName index = new QualifiedName(operation.table().schema(), operation.name());
        return "DROP INDEX " + option + (operation.ifExists() ? "IF EXISTS " : "") + table(index);
    }

    protected List<Statement> addConstraint(AddConstraint operation) {
        return one("ALTER TABLE " + table(operation.table()) + " ADD " + constraint(operation.constraint()));
    }

    protected List<Statement> dropConstraint(DropConstraint operation) {
        return one("ALTER TABLE " + table(operation.table()) + " DROP CONSTRAINT " + (operation.ifExists() ? "IF EXISTS " : "")
                + name(operation.name()));
    }

    /**
     * A batch on its own: each operation against the schema before the batch. Migrations reach
     * {@link dev.migrate.api.spi.Dialect#render(List)} instead, which gives each its own schema.
     */
    protected List<Statement> batchAlterTable(BatchAlterTable operation) {
        List<Statement> statements = new ArrayList<>();
        operation.operations().forEach(o -> statements.addAll(o.accept(this)));
        return statements;
    }

    // SQL and data

    protected List<Statement> executeSql(ExecuteSql operation) {
        String sql = operation.perDialect().getOrDefault(dialect().name(), operation.sql()).strip();
        return one(sql.endsWith(";") ? sql.substring(0, sql.length() - 1).strip() : sql);
    }

    /** One INSERT per row with literals, each also carrying its parameterised form for a batch online. */
    protected List<Statement> bulkInsert(BulkInsert operation) {
        String prefix = "INSERT INTO " + table(operation.table()) + " " + columns(operation.columns()) + " VALUES (";
        String parameterized = prefix + String.join(", ", Collections.nCopies(operation.columns().size(), "?")) + ")";
        return operation.rows().stream()
                .map(row -> Statement.prepared(prefix + row.stream().map(this::literal).collect(Collectors.joining(", ")) + ")",
                        parameterized, row))
                .toList();
    }

    protected List<Statement> runDataMigration(RunDataMigration operation) {
        return List.of(Statement.dataMigration(operation.description(), operation.migration()));
    }

    protected List<Statement> updateRows(UpdateRows operation) {
        String set = operation.set().entrySet().stream()
                .map(e -> name(e.getKey()) + " = " + expression(e.getValue()))
                .collect(Collectors.joining(", "));
        return one("UPDATE " + table(operation.table()) + " SET " + set + where(operation.where()));
    }

    protected List<Statement> deleteRows(DeleteRows operation) {
        return one("DELETE FROM " + table(operation.table()) + where(operation.where()));
    }

    protected List<Statement> insertRows(InsertRows operation) {
        return one("INSERT INTO " + table(operation.table()) + " " + columns(operation.columns()) + " VALUES ("
                + operation.values().stream().map(this::expression).collect(Collectors.joining(", ")) + ")");
    }

    private String where(Optional<SqlExpression> condition) {
        return condition.map(c -> " WHERE " + expression(c)).orElse("");
    }

    /** A refusal of kind {@code REVISION}: the database cannot do what the operation asks. */
    protected static MigrateException refuse(String message) {
        return new MigrateException(MigrateException.Kind.REVISION, message);
    }
}
