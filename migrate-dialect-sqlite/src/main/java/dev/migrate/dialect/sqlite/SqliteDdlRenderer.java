package dev.migrate.dialect.sqlite;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Statement;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import java.util.List;
import java.util.Optional;

/**
 * SQLite DDL: what its ALTER TABLE can do in place (add, rename and drop columns, rename tables,
 * indexes), and the pieces of a table rebuild ({@link SqliteTableRebuild}) for the rest. An
 * operation that needs a rebuild is refused when rendered on its own: a migration renders it
 * through {@link SqliteRebuilds}, which knows the table after the change.
 */
final class SqliteDdlRenderer extends AnsiDdlRenderer {

    private static final String REBUILD = " in place; it needs a table rebuild, which migrate does when it renders the"
            + " operation as part of a migration (Dialect.render(List<ReplayedOperation>)).";

    SqliteDdlRenderer(SqliteDialect dialect, SchemaModel before) {
        super(dialect, before);
    }

    // SQLite: JSON and UUID are stored as text (its JSON functions read TEXT).
    @Override
    protected String typeName(ColumnType type) {
        if (type instanceof ColumnType.JsonType || type instanceof ColumnType.UuidType) {
            return "TEXT";
        } else if (type instanceof ColumnType.TimestampType) {
            return "TIMESTAMP"; // SQLite has no time zone type; the offset stays in the ISO-8601 text.
        }
        return super.typeName(type);
    }

    // SQLite: AUTOINCREMENT exists only on a column declared exactly INTEGER PRIMARY KEY.
    @Override
    protected String columnType(ColumnDef column) {
        return column.autoincrement() ? "INTEGER" : super.columnType(column);
    }

    @Override
    protected String autoincrement(ColumnDef column) {
        return " PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    protected boolean inlinedInColumn(TableDef table, Constraint constraint) {
        return constraint instanceof Constraint.PrimaryKey pk && pk.columns().size() == 1
                && table.column(pk.columns().get(0)).map(ColumnDef::autoincrement).orElse(false);
    }

    // SQLite: an expression default must be parenthesised; literals and CURRENT_TIMESTAMP need not be.
    @Override
    protected String defaultValue(SqlExpression value) {
        boolean bare = dialect().expressions().isLiteral(value) || dialect().expressions().isDateTimeKeyword(value);
        return bare ? expression(value) : "(" + expression(value) + ")";
    }

    // SQLite keeps no comments: a new table or column is created without them.
    @Override
    protected List<Statement> commentsOf(TableDef table) {
        return List.of();
    }

    @Override
    protected List<Statement> commentOf(QualifiedName table, ColumnDef column) {
        return List.of();
    }

    @Override
    protected List<Statement> setTableComment(SetTableComment operation) {
        throw refuse("SQLite cannot store comments, so SetTableComment on " + operation.table()
                + " has nowhere to go. Leave it out of SQLite migrations.");
    }

    @Override
    protected List<Statement> alterColumnComment(AlterColumn operation, Optional<String> comment) {
        throw refuse("SQLite cannot store comments, so ALTER COLUMN " + operation.table() + "." + operation.column()
                + " (SetComment) has nowhere to go. Leave it out of SQLite migrations.");
    }

    @Override
    protected List<Statement> addColumn(AddColumn operation) {
        if (operation.ifNotExists()) {
            throw refuse("SQLite cannot ADD COLUMN IF NOT EXISTS (" + operation.table() + "." + operation.column().name()
                    + "); add the column without ifNotExists, or check pragma_table_info with op.execute(...).");
        }
        return super.addColumn(operation);
    }

    @Override
    protected List<Statement> dropColumn(DropColumn operation) {
        if (operation.ifExists()) {
            throw refuse("SQLite cannot DROP COLUMN IF EXISTS (" + operation.table() + "." + operation.column()
                    + "); drop the column without ifExists.");
        }
        return super.dropColumn(operation);
    }

    @Override
    protected List<Statement> alterColumnType(AlterColumn operation, ColumnChange.SetType change) {
        throw rebuild(operation);
    }

    @Override
    protected List<Statement> alterColumnNullable(AlterColumn operation, boolean nullable) {
        throw rebuild(operation);
    }

    @Override
    protected List<Statement> alterColumnDefault(AlterColumn operation, Optional<SqlExpression> value) {
        throw rebuild(operation);
    }

    @Override
    protected List<Statement> addConstraint(AddConstraint operation) {
        throw refuse("SQLite cannot ADD CONSTRAINT " + operation.constraint().name().orElse("(unnamed)") + " ("
                + operation.constraint().kind() + ") to " + operation.table() + REBUILD);
    }

    @Override
    protected List<Statement> dropConstraint(DropConstraint operation) {
        throw refuse("SQLite cannot DROP CONSTRAINT " + operation.name() + " (" + operation.kind() + ") from "
                + operation.table() + REBUILD);
    }

    // The pieces of a rebuild.

    String tableName(QualifiedName table) {
        return table(table);
    }

    String columnList(List<String> columns) {
        return columns(columns);
    }

    String createTableSql(TableDef table) {
        return createTable(new CreateTable(table, false)).get(0).sql();
    }

    String createIndexSql(QualifiedName table, IndexDef index) {
        return createIndexSql(new CreateIndex(table, index, false, false), "");
    }

    /** The type as SQLite's table_info reports it for a column this renderer created. */
    String declaredType(ColumnDef column) {
        return columnType(column);
    }

    private static RuntimeException rebuild(AlterColumn operation) {
        return refuse("SQLite cannot ALTER COLUMN " + operation.table() + "." + operation.column() + " ("
                + operation.change().getClass().getSimpleName() + ")" + REBUILD);
    }
}
