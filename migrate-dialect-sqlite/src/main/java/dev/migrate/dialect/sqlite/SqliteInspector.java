package dev.migrate.dialect.sqlite;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.Constraint.Deferrable;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.dialect.common.catalog.JdbcInspector;
import dev.migrate.dialect.common.catalog.ReflectedSchema;
import dev.migrate.dialect.common.catalog.TypeSpellings;
import dev.migrate.dialect.common.catalog.ServerDefaults;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite schema in three queries per attached database: {@code sqlite_schema} joined with
 * the table-valued pragmas {@code pragma_table_info}, {@code pragma_index_list}/{@code pragma_index_info}
 * and {@code pragma_foreign_key_list}. What the pragmas do not say (constraint names, CHECK
 * conditions, deferrable keys, AUTOINCREMENT) comes from the table's CREATE TABLE text.
 *
 * <p>A {@code VARCHAR} column with a {@code CHECK (column IN ('a', 'b'))} written on it reads back
 * as an {@link ColumnType.EnumType} named after the column, as the dialect renders enums.
 */
final class SqliteInspector extends JdbcInspector {

    private static final String TABLES = """
            SELECT m.name, m.sql, p.name, p.type, p."notnull", p.dflt_value, p.pk
            FROM %1$s.sqlite_schema m JOIN pragma_table_info(m.name, ?) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'%2$s
            ORDER BY m.name, p.cid""";

    private static final String INDEXES = """
            SELECT m.name, il.name, il."unique", il.origin, ii.name, im.sql
            FROM %1$s.sqlite_schema m JOIN pragma_index_list(m.name, ?) il JOIN pragma_index_info(il.name, ?) ii
            LEFT JOIN %1$s.sqlite_schema im ON im.type = 'index' AND im.name = il.name
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'%2$s
            ORDER BY m.name, il.name, ii.seqno""";

    // SQLite numbers foreign keys from the last declared: id descending is the declaration order.
    private static final String FOREIGN_KEYS = """
            SELECT m.name, fk.id, fk."table", fk."from", fk."to", fk.on_update, fk.on_delete
            FROM %1$s.sqlite_schema m JOIN pragma_foreign_key_list(m.name, ?) fk
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'%2$s
            ORDER BY m.name, fk.id DESC, fk.seq""";

    private static final Pattern VARCHAR = Pattern.compile("(?:varchar|character varying|nvarchar)\\s*\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("(?:numeric|decimal)\\s*\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");
    private static final Pattern WHERE = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$");
    private static final Pattern IN_LIST = Pattern.compile("(?is)\"?([^\"\\s]+)\"?\\s+IN\\s*\\((.*)\\)");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("integer", new ColumnType.IntegerType()), Map.entry("int", new ColumnType.IntegerType()),
            Map.entry("bigint", new ColumnType.BigIntegerType()), Map.entry("smallint", new ColumnType.SmallIntegerType()),
            Map.entry("boolean", new ColumnType.BooleanType()), Map.entry("text", new ColumnType.TextType()),
            Map.entry("real", new ColumnType.FloatType()), Map.entry("float", new ColumnType.FloatType()),
            Map.entry("double precision", new ColumnType.DoubleType()), Map.entry("double", new ColumnType.DoubleType()),
            Map.entry("date", new ColumnType.DateType()), Map.entry("time", new ColumnType.TimeType()),
            Map.entry("timestamp", new ColumnType.TimestampType(false)), Map.entry("datetime", new ColumnType.TimestampType(false)),
            Map.entry("blob", new ColumnType.BinaryType()));
    private static final TypeSpellings SPELLINGS = new TypeSpellings(TYPES, VARCHAR, NUMERIC);

    SqliteInspector(SqliteDialect dialect) {
        super(dialect);
    }

    @Override
    protected String currentSchema(Connection connection) {
        return "main";
    }

    @Override
    protected void read(Connection connection, Query query, ReflectedSchema into) throws SQLException {
        for (String schema : query.schemas()) {
            String database = dialect().quoteIdentifier(schema);
            String notExcluded = query.andNotExcluded("m.name");
            List<Object> parameters = new ArrayList<>(List.of(schema));
            parameters.addAll(query.excludedTables());
            Map<String, SqliteTableSql> sql = new LinkedHashMap<>();
            Map<String, TreeMap<Integer, String>> primaryKeys = new HashMap<>();
            query(connection, TABLES.formatted(database, notExcluded), parameters,
                    row -> column(row, schema, into, sql, primaryKeys));
            List<Object> twice = new ArrayList<>(List.of(schema, schema));
            twice.addAll(query.excludedTables());
            Map<String, Map<String, IndexRows>> indexes = new HashMap<>();
            query(connection, INDEXES.formatted(database, notExcluded), twice, row -> indexes
                    .computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>())
                    .computeIfAbsent(row.getString(2), i -> new IndexRows()).add(row));
            Map<String, Map<Integer, ForeignKeyRows>> keys = new HashMap<>();
            query(connection, FOREIGN_KEYS.formatted(database, notExcluded), parameters, row -> keys
                    .computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>())
                    .computeIfAbsent(row.getInt(2), k -> new ForeignKeyRows()).add(row));
            Tables tables = new Tables(schema, into, primaryKeys);
            for (var table : sql.entrySet()) {
                keysAndChecks(into.table(schema, table.getKey()), table.getValue(), tables,
                        indexes.getOrDefault(table.getKey(), Map.of()), keys.getOrDefault(table.getKey(), Map.of()));
            }
        }
    }

    /** What a table's keys need of the others: the schema's names and every table's primary-key columns. */
    private record Tables(String schema, ReflectedSchema names, Map<String, TreeMap<Integer, String>> primaryKeys) {

        List<String> primaryKey(String table) {
            return List.copyOf(primaryKeys.getOrDefault(table, new TreeMap<>()).values());
        }
    }

    private void column(ResultSet row, String schema, ReflectedSchema into, Map<String, SqliteTableSql> sql,
            Map<String, TreeMap<Integer, String>> primaryKeys) throws SQLException {
        String tableName = row.getString(1);
        ReflectedSchema.Table table = into.table(schema, tableName);
        String createTable = row.getString(2);
        SqliteTableSql parsed = sql.computeIfAbsent(tableName, t -> new SqliteTableSql(createTable));
        String name = row.getString(3);
        int pk = row.getInt(7);
        if (pk > 0) {
            primaryKeys.computeIfAbsent(tableName, t -> new TreeMap<>()).put(pk, name);
        }
        table.column(new ColumnDef(name, parseType(row.getString(4)), row.getInt(5) == 0 && pk == 0,
                Optional.ofNullable(row.getString(6)).map(SqlExpression::of),
                parsed.autoincrement().filter(name::equals).isPresent(), Optional.empty()));
    }

    private void keysAndChecks(ReflectedSchema.Table table, SqliteTableSql sql, Tables tables,
            Map<String, IndexRows> indexes, Map<Integer, ForeignKeyRows> keys) {
        List<String> pk = tables.primaryKey(table.name().name());
        if (!pk.isEmpty()) {
            table.constraint(new Constraint.PrimaryKey(name(sql, "PRIMARY KEY", pk), pk));
        }
        indexes.values().stream().filter(index -> index.origin.equals("u")).forEach(index -> table.constraint(
                new Constraint.Unique(name(sql, "UNIQUE", index.columns), index.columns, Deferrable.NOT_DEFERRABLE)));
        keys.values().forEach(fk -> table.constraint(foreignKey(fk, sql, tables)));
        for (SqliteTableSql.Check check : sql.checks()) {
            if (!enumColumn(table, check)) {
                table.constraint(new Constraint.Check(check.name(), SqlExpression.of(check.condition())));
            }
        }
        indexes.forEach((name, index) -> {
            if (index.origin.equals("c")) {
                table.index(new IndexDef(name, index.columns, index.unique, index.where()));
            }
        });
    }

    private Constraint.ForeignKey foreignKey(ForeignKeyRows fk, SqliteTableSql sql, Tables tables) {
        // SQLite: REFERENCES t without columns refers to t's primary key, which the pragma reports as NULL.
        List<String> referred = fk.to.contains(null) ? tables.primaryKey(fk.table) : fk.to;
        Optional<SqliteTableSql.Key> declared = sql.keys().stream()
                .filter(k -> k.kind().equals("FOREIGN KEY") && k.columns().equals(fk.from)).findFirst();
        return new Constraint.ForeignKey(declared.flatMap(SqliteTableSql.Key::name), fk.from,
                tables.names().name(tables.schema(), fk.table), referred.isEmpty() ? fk.from : referred,
                action(fk.onDelete), action(fk.onUpdate),
                declared.map(k -> Deferrable.valueOf(k.deferrable())).orElse(Deferrable.NOT_DEFERRABLE));
    }

    private static Optional<String> name(SqliteTableSql sql, String kind, List<String> columns) {
        return sql.keys().stream().filter(k -> k.kind().equals(kind) && k.columns().equals(columns)).findFirst()
                .flatMap(SqliteTableSql.Key::name);
    }

    // SQLite has no enum: the dialect writes VARCHAR(n) CHECK (column IN (...)), read back as the enum.
    private static boolean enumColumn(ReflectedSchema.Table table, SqliteTableSql.Check check) {
        Matcher in = IN_LIST.matcher(check.condition());
        if (check.column().isEmpty() || check.name().isPresent() || !in.matches() || !in.group(1).equals(check.column().get())) {
            return false;
        }
        Optional<ColumnDef> column = table.columns().stream().filter(c -> c.name().equals(check.column().get())).findFirst();
        if (column.isEmpty() || !(column.get().type() instanceof ColumnType.StringType)) {
            return false;
        }
        List<String> values = new ArrayList<>();
        Matcher value = STRING.matcher(in.group(2));
        while (value.find()) {
            values.add(value.group(1).replace("''", "'"));
        }
        if (values.isEmpty() || !in.group(2).replaceAll(STRING.pattern(), "").replaceAll("[\\s,]", "").isEmpty()) {
            return false;
        }
        table.changeColumn(column.get().name(), c -> c.withType(new ColumnType.EnumType(c.name(), values)));
        return true;
    }

    private static Optional<ReferentialAction> action(String rule) {
        return switch (rule == null ? "" : rule) {
            case "CASCADE" -> Optional.of(ReferentialAction.CASCADE);
            case "SET NULL" -> Optional.of(ReferentialAction.SET_NULL);
            case "SET DEFAULT" -> Optional.of(ReferentialAction.SET_DEFAULT);
            case "RESTRICT" -> Optional.of(ReferentialAction.RESTRICT);
            default -> Optional.empty();
        };
    }

    /** The rows of one index, one per column. */
    private static final class IndexRows {
        private final List<String> columns = new ArrayList<>();
        private boolean unique;
        private String origin;
        private String sql;

        void add(ResultSet row) {
            try {
                unique = row.getInt(3) == 1;
                origin = row.getString(4);
                columns.add(Optional.ofNullable(row.getString(5)).orElse("<expression>"));
                sql = row.getString(6);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Optional<SqlExpression> where() {
            Matcher where = sql == null ? null : WHERE.matcher(sql);
            return where != null && where.find() ? Optional.of(SqlExpression.of(where.group(1).strip())) : Optional.empty();
        }
    }

    /** The rows of one foreign key, one per column. */
    private static final class ForeignKeyRows {
        private final List<String> from = new ArrayList<>();
        private final List<String> to = new ArrayList<>();
        private String table;
        private String onUpdate;
        private String onDelete;

        void add(ResultSet row) {
            try {
                table = row.getString(3);
                from.add(row.getString(4));
                to.add(row.getString(5));
                onUpdate = row.getString(6);
                onDelete = row.getString(7);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected ColumnType parseType(String spelling) {
        return SPELLINGS.generic(TypeSpellings.normalized(spelling))
                .orElseGet(() -> new ColumnType.RawType(spelling.strip(), Map.of()));
    }

    /**
     * SQLite stores every integer type alike (INTEGER affinity, up to 8 bytes), and AUTOINCREMENT
     * forces the spelling INTEGER; an enum has no name, so the same values are the same type.
     */
    @Override
    public boolean sameType(ColumnType model, ColumnType reflected) {
        if (model instanceof ColumnType.EnumType m && reflected instanceof ColumnType.EnumType r) {
            return m.values().equals(r.values());
        }
        return super.sameType(model, reflected) || integer(asReported(model)) && integer(asReported(reflected));
    }

    private static boolean integer(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.BigIntegerType
                || type instanceof ColumnType.SmallIntegerType;
    }

    @Override
    protected ServerDefaults createDefaults() {
        return new ServerDefaults(dialect()) {
            // SQLite: TRUE and FALSE are the integers 1 and 0.
            @Override
            protected String bool(boolean value) {
                return value ? "1" : "0";
            }
        };
    }
}
