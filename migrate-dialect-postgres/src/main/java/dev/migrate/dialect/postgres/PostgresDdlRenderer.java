package dev.migrate.dialect.postgres;

import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
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

    // PostgreSQL: an enum column changes by changing its named type. New values are added in place
    // (ALTER TYPE ... ADD VALUE); removed or reordered values need a new type: the old one is renamed,
    // the new one created, every column using it converted through text, and the old one dropped.
    @Override
    protected List<Statement> alterColumnType(AlterColumn operation, ColumnChange.SetType change) {
        if (!(change.type() instanceof ColumnType.EnumType wanted)) {
            return super.alterColumnType(operation, change);
        }
        ColumnDef current = columnBefore(operation.table(), operation.column(), "Changing the enum type of a column");
        String name = enumName(wanted);
        if (!(current.type() instanceof ColumnType.EnumType existing) || !enumName(existing).equals(name)) {
            List<Statement> statements = new ArrayList<>(typesBefore(List.of(current.withType(wanted))));
            statements.add(Statement.of(alterColumnPrefix(operation) + " TYPE " + name(name) + " USING "
                    + name(operation.column()) + "::text::" + name(name)));
            return statements;
        }
        if (enumUsers(name).anyMatch(c -> c.type().equals(wanted))) {
            return List.of(); // another column's change already altered the shared type
        }
        List<String> old = existing.values();
        List<String> values = wanted.values();
        if (isSubsequence(old, values)) {
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (!old.contains(values.get(i))) {
                    String place = i + 1 < values.size() && old.contains(values.get(i + 1))
                            ? " BEFORE " + literal(values.get(i + 1)) : i > 0 ? " AFTER " + literal(values.get(i - 1)) : "";
                    statements.add(Statement.of("ALTER TYPE " + name(name) + " ADD VALUE " + literal(values.get(i)) + place));
                }
            }
            return statements;
        }
        String previous = name + "_old";
        List<Statement> statements = new ArrayList<>();
        statements.add(Statement.of("ALTER TYPE " + name(name) + " RENAME TO " + name(previous)));
        statements.add(Statement.of("CREATE TYPE " + name(name) + " AS ENUM ("
                + values.stream().map(this::literal).collect(Collectors.joining(", ")) + ")"));
        for (TableDef table : before().tables()) {
            for (ColumnDef column : table.columns()) {
                if (column.type() instanceof ColumnType.EnumType e && enumName(e).equals(name)) {
                    statements.add(Statement.of("ALTER TABLE " + table(table.name()) + " ALTER COLUMN " + name(column.name())
                            + " TYPE " + name(name) + " USING " + name(column.name()) + "::text::" + name(name)));
                }
            }
        }
        statements.add(Statement.of("DROP TYPE " + name(previous)));
        return statements;
    }

    private Stream<ColumnDef> enumUsers(String name) {
        return before().tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> c.type() instanceof ColumnType.EnumType e && name.equals(e.name()));
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String value : whole) {
            if (next < part.size() && part.get(next).equals(value)) {
                next++;
            }
        }
        return next == part.size();
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
