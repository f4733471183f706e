package dev.migrate.dialect.mysql;

import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Statement;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB DDL: MODIFY COLUMN restating the whole column, inline comments, ENUM(...),
 * AUTO_INCREMENT, and DROP statements that name the constraint's kind.
 */
final class MysqlDdlRenderer extends AnsiDdlRenderer {

    MysqlDdlRenderer(MysqlDialect dialect, SchemaModel before) {
        super(dialect, before);
    }

    @Override
    protected String typeName(ColumnType type) {
        if (type instanceof ColumnType.FloatType) {
            return "FLOAT";
        } else if (type instanceof ColumnType.DoubleType) {
            return "DOUBLE";
        } else if (type instanceof ColumnType.TimeType) {
            return "TIME(6)"; // MySQL: whole seconds unless asked; (6) keeps microseconds like PostgreSQL.
        } else if (type instanceof ColumnType.TimestampType t) {
            // MySQL: DATETIME is the wall-clock time; TIMESTAMP converts to and from the session time zone.
            return t.withTimeZone() ? "TIMESTAMP(6)" : "DATETIME(6)";
        } else if (type instanceof ColumnType.UuidType) {
            return "CHAR(36)";
        } else if (type instanceof ColumnType.BinaryType) {
            return "LONGBLOB"; // MySQL: BLOB stops at 64 KiB; LONGBLOB is unbounded like BYTEA.
        }
        return super.typeName(type);
    }

    @Override
    protected String enumType(ColumnType.EnumType type) {
        return "ENUM(" + type.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    protected String columnCheck(ColumnDef column) {
        return "";
    }

    @Override
    protected String autoincrement(ColumnDef column) {
        return " AUTO_INCREMENT";
    }

    // MySQL 8.0.13+: an expression default needs parentheses; literals and CURRENT_TIMESTAMP do not.
    @Override
    protected String defaultValue(SqlExpression value) {
        boolean bare = dialect().expressions().isLiteral(value) || dialect().expressions().isDateTimeKeyword(value);
        return bare ? expression(value) : "(" + expression(value) + ")";
    }

    // MySQL: comments are part of the column and table definitions, not separate statements.
    @Override
    protected String inlineComment(ColumnDef column) {
        return column.comment().map(c -> " COMMENT " + literal(c)).orElse("");
    }

    @Override
    protected String tableOptions(TableDef table) {
        return table.comment().map(c -> " COMMENT = " + literal(c)).orElse("");
    }

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
        return one("ALTER TABLE " + table(operation.table()) + " COMMENT = " + literal(operation.comment().orElse("")));
    }

    // MySQL: MODIFY restates the whole column, so render it from the replayed definition.

    @Override
    protected List<Statement> alterColumnType(AlterColumn operation, ColumnChange.SetType change) {
        if (change.using().isPresent()) {
            throw refuse("MySQL cannot ALTER COLUMN " + operation.table() + "." + operation.column()
                    + " (SetType) with USING; MODIFY COLUMN converts the values itself. Drop the USING expression,"
                    + " or convert with op.execute(...).");
        }
        return modify(operation, c -> c.withType(change.type()));
    }

    @Override
    protected List<Statement> alterColumnNullable(AlterColumn operation, boolean nullable) {
        return modify(operation, c -> c.withNullable(nullable));
    }

    @Override
    protected List<Statement> alterColumnDefault(AlterColumn operation, Optional<SqlExpression> value) {
        return modify(operation, c -> c.withServerDefault(value));
    }

    @Override
    protected List<Statement> alterColumnComment(AlterColumn operation, Optional<String> comment) {
        return modify(operation, c -> c.withComment(comment));
    }

    private List<Statement> modify(AlterColumn operation, UnaryOperator<ColumnDef> change) {
        ColumnDef column = columnBefore(operation.table(), operation.column(), "MySQL ALTER COLUMN " + operation.table()
                + "." + operation.column() + " (" + operation.change().getClass().getSimpleName() + ")");
        return one("ALTER TABLE " + table(operation.table()) + " MODIFY COLUMN " + columnDefinition(change.apply(column)));
    }

    @Override
    protected String indexPredicate(CreateIndex operation, SqlExpression where) {
        throw refuse("MySQL cannot CREATE INDEX " + operation.index().name() + " ON " + operation.table() + " WHERE "
                + where + ": MySQL and MariaDB have no partial indexes. Drop the predicate, or index a generated column.");
    }

    // MariaDB 10.11 (our target) has CREATE INDEX IF NOT EXISTS and DROP INDEX IF EXISTS; MySQL 8 has neither.
    @Override
    protected List<Statement> dropIndex(DropIndex operation) {
        return one("DROP INDEX " + (operation.ifExists() ? "IF EXISTS " : "") + name(operation.name()) + " ON "
                + table(operation.table()));
    }

    // MySQL: each kind of constraint is dropped with its own clause; a unique constraint is an index.
    @Override
    protected List<Statement> dropConstraint(DropConstraint operation) {
        String ifExists = operation.ifExists() ? "IF EXISTS " : "";
        String drop = switch (operation.kind()) {
            case PRIMARY_KEY -> "DROP PRIMARY KEY";
            case UNIQUE -> "DROP INDEX " + ifExists + name(operation.name());
            case FOREIGN_KEY -> "DROP FOREIGN KEY " + ifExists + name(operation.name());
            // MariaDB has no DROP CHECK; DROP CONSTRAINT drops a check on MariaDB and MySQL 8.0.19+.
            case CHECK -> "DROP CONSTRAINT " + ifExists + name(operation.name());
        };
        return one("ALTER TABLE " + table(operation.table()) + " " + drop);
    }

    // MySQL checks constraints at once, always.
    @Override
    protected String deferrable(Constraint constraint, Constraint.Deferrable when) {
        if (when != Constraint.Deferrable.NOT_DEFERRABLE) {
            throw refuse("MySQL cannot create the deferrable " + constraint.kind() + " constraint "
                    + constraint.name().orElse("(unnamed)") + ": MySQL and MariaDB check constraints at once."
                    + " Remove deferrable(...) for MySQL.");
        }
        return "";
    }
}
