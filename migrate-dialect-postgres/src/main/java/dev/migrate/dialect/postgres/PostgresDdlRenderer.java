package dev.migrate.dialect.postgres;

import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Statement;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** PostgreSQL DDL: named enum types, BYTEA, and indexes built or dropped CONCURRENTLY. */
final class PostgresDdlRenderer extends AnsiDdlRenderer {

    PostgresDdlRenderer(PostgresDialect dialect, SchemaModel before) {
        super(dialect, before);
    }

    @Override
    protected String typeName(ColumnType type) {
        return type instanceof ColumnType.BinaryType ? "BYTEA" : super.typeName(type);
    }

    // PostgreSQL: an enum is a named type of its own, created before the first table that uses it.
    @Override
    protected String enumType(ColumnType.EnumType type) {
        return name(enumName(type));
    }

    @Override
    protected String columnCheck(ColumnDef column) {
        return "";
    }

    @Override
    protected List<Statement> typesBefore(List<ColumnDef> columns) {
        if (columns.stream().noneMatch(c -> c.type() instanceof ColumnType.EnumType)) {
            return List.of();
        }
        // Only for enum columns: the scan covers every column of the schema.
        Set<String> existing = enumNames(before().tables().stream());
        List<Statement> statements = new ArrayList<>();
        Set<String> created = new LinkedHashSet<>();
        for (ColumnDef column : columns) {
            if (column.type() instanceof ColumnType.EnumType e && !existing.contains(enumName(e)) && created.add(enumName(e))) {
                statements.add(Statement.of("CREATE TYPE " + name(enumName(e)) + " AS ENUM ("
                        + e.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")"));
            }
        }
        return statements;
    }

    // PostgreSQL: an enum type outlives its table, so drop it with its last user (from the replayed schema).
    @Override
    protected List<Statement> dropTable(DropTable operation) {
        List<Statement> statements = new ArrayList<>(super.dropTable(operation));
        Set<String> dropped = enumNames(before().table(operation.table()).stream());
        dropped.removeAll(enumNames(before().tables().stream().filter(t -> !t.name().equals(operation.table()))));
        String ifExists = operation.ifExists() ? "IF EXISTS " : "";
        dropped.forEach(type -> statements.add(Statement.of("DROP TYPE " + ifExists + name(type))));
        return statements;
    }

    // PostgreSQL: CREATE/DROP INDEX CONCURRENTLY refuses to run inside a transaction block.
    @Override
    protected List<Statement> createIndex(CreateIndex operation) {
        return operation.concurrently()
                ? List.of(Statement.outsideTransaction(createIndexSql(operation, "CONCURRENTLY ")))
                : super.createIndex(operation);
    }

    @Override
    protected List<Statement> dropIndex(DropIndex operation) {
        return operation.concurrently()
                ? List.of(Statement.outsideTransaction(dropIndexSql(operation, "CONCURRENTLY ")))
                : super.dropIndex(operation);
    }

    private static Set<String> enumNames(Stream<TableDef> tables) {
        return tables.flatMap(t -> t.columns().stream())
                .filter(c -> c.type() instanceof ColumnType.EnumType)
                .map(c -> enumName((ColumnType.EnumType) c.type()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String enumName(ColumnType.EnumType type) {
        if (type.name() == null || type.name().isBlank()) {
            throw refuse("PostgreSQL needs a name for the enum type of values " + type.values()
                    + "; pass one to enumOf(name, values...).");
        }
        return type.name();
    }
}
