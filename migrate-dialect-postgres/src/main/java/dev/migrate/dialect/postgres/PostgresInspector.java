package dev.migrate.dialect.postgres;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog} in three queries: columns (with their table,
 * default, identity, comments and enum labels), constraints, and indexes.
 *
 * <p>An expression in an index is reported as PostgreSQL writes it ({@code lower(title::text)}) in
 * place of a column name. Partitions are read as their partitioned table only. A {@code serial} column (default {@code nextval(...)} of a sequence it owns) is reflected
 * as autoincrementing without a default, like an identity column.
 */
final class PostgresInspector extends JdbcInspector {

    // Serial columns: a sequence that depends on the column automatically ('a'), not an identity's ('i').
    private static final String COLUMNS = """
            SELECT n.nspname, c.relname, td.description, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, CASE WHEN ser.refobjid IS NULL THEN pg_get_expr(d.adbin, d.adrelid) END, a.attidentity,
                   cd.description, t.typname,
                   CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel FROM pg_enum e
                        WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text END,
                   ser.refobjid IS NOT NULL
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass
                 AND cd.objsubid = a.attnum
            LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid FROM pg_depend dep
                       JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                       WHERE dep.classid = 'pg_class'::regclass AND dep.deptype = 'a') ser
                 ON ser.refobjid = c.oid AND ser.refobjsubid = a.attnum AND d.adbin IS NOT NULL
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND %s%s
            ORDER BY n.nspname, c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT n.nspname, c.relname, con.conname, con.contype, con.condeferrable, con.condeferred,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, i)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.i)::text,
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, i)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.i)::text,
                   con.confdeltype, con.confupdtype, pg_get_expr(con.conbin, con.conrelid)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND %s%s
            ORDER BY n.nspname, c.relname, array_position(ARRAY['p', 'u', 'f', 'c'], con.contype::text), con.conname""";

    // Indexes that back a constraint (primary key, unique, exclusion) belong to the constraint.
    private static final String INDEXES = """
            SELECT n.nspname, c.relname, i.relname, x.indisunique, pg_get_expr(x.indpred, x.indrelid),
                   ARRAY(SELECT CASE WHEN k.num = 0 THEN pg_get_indexdef(x.indexrelid, k.i::int, true) ELSE a.attname END
                         FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(num, i)
                         LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num
                         WHERE k.i <= x.indnkeyatts ORDER BY k.i)::text
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class c ON c.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND %s%s
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid
                              AND con.contype IN ('p', 'u', 'x'))
            ORDER BY n.nspname, c.relname, i.relname""";

    private static final Pattern VARCHAR = Pattern.compile("(?:character varying|varchar)\\s*\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("(?:numeric|decimal)\\s*\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");
    private static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("integer", new ColumnType.IntegerType()), Map.entry("int", new ColumnType.IntegerType()),
            Map.entry("int4", new ColumnType.IntegerType()), Map.entry("bigint", new ColumnType.BigIntegerType()),
            Map.entry("int8", new ColumnType.BigIntegerType()), Map.entry("smallint", new ColumnType.SmallIntegerType()),
            Map.entry("int2", new ColumnType.SmallIntegerType()), Map.entry("boolean", new ColumnType.BooleanType()),
            Map.entry("bool", new ColumnType.BooleanType()), Map.entry("text", new ColumnType.TextType()),
            Map.entry("real", new ColumnType.FloatType()), Map.entry("float4", new ColumnType.FloatType()),
            Map.entry("double precision", new ColumnType.DoubleType()), Map.entry("float8", new ColumnType.DoubleType()),
            Map.entry("date", new ColumnType.DateType()), Map.entry("time", new ColumnType.TimeType()),
            Map.entry("time without time zone", new ColumnType.TimeType()),
            Map.entry("timestamp", new ColumnType.TimestampType(false)),
            Map.entry("timestamp without time zone", new ColumnType.TimestampType(false)),
            Map.entry("timestamp with time zone", new ColumnType.TimestampType(true)),
            Map.entry("timestamptz", new ColumnType.TimestampType(true)), Map.entry("json", new ColumnType.JsonType()),
            Map.entry("uuid", new ColumnType.UuidType()), Map.entry("bytea", new ColumnType.BinaryType()));
    private static final TypeSpellings SPELLINGS = new TypeSpellings(TYPES, VARCHAR, NUMERIC);

    // A schema has few distinct type spellings; each is parsed once per inspector.
    private final Map<String, ColumnType> types = new java.util.concurrent.ConcurrentHashMap<>();

    PostgresInspector(PostgresDialect dialect) {
        super(dialect);
    }

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return selectOne(connection, "SELECT current_schema()");
    }

    @Override
    protected void read(Connection connection, Query query, ReflectedSchema into) throws SQLException {
        query(connection, COLUMNS.formatted(query.schemaIn("n.nspname"), query.andNotExcluded("c.relname")),
                query.parameters(), row -> column(row, into));
        query(connection, CONSTRAINTS.formatted(query.schemaIn("n.nspname"), query.andNotExcluded("c.relname")),
                query.parameters(), row -> constraint(row, into));
        query(connection, INDEXES.formatted(query.schemaIn("n.nspname"), query.andNotExcluded("c.relname")),
                query.parameters(), row -> index(row, into));
    }

    private void column(ResultSet row, ReflectedSchema into) throws SQLException {
        ReflectedSchema.Table table = into.table(row.getString(1), row.getString(2)).comment(row.getString(3));
        String name = row.getString(4);
        if (name == null) {
            return; // a table without columns
        }
        String[] labels = strings(row.getString(11));
        ColumnType type = labels != null ? new ColumnType.EnumType(row.getString(10), Arrays.asList(labels))
                : types.computeIfAbsent(row.getString(5), this::parseType);
        String identity = row.getString(8);
        boolean serial = row.getBoolean(12);
        Optional<SqlExpression> serverDefault = serial ? Optional.empty()
                : Optional.ofNullable(row.getString(7)).map(SqlExpression::of);
        table.column(new ColumnDef(name, type, !row.getBoolean(6), serverDefault,
                serial || identity != null && !identity.isEmpty(), Optional.ofNullable(row.getString(9))));
    }

    private void constraint(ResultSet row, ReflectedSchema into) throws SQLException {
        ReflectedSchema.Table table = into.table(row.getString(1), row.getString(2));
        Optional<String> name = Optional.of(row.getString(3));
        List<String> columns = Arrays.asList(strings(row.getString(7)));
        Deferrable deferrable = !row.getBoolean(5) ? Deferrable.NOT_DEFERRABLE
                : row.getBoolean(6) ? Deferrable.DEFERRABLE_INITIALLY_DEFERRED : Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE;
        switch (row.getString(4)) {
            case "p" -> table.constraint(new Constraint.PrimaryKey(name, columns));
            case "u" -> table.constraint(new Constraint.Unique(name, columns, deferrable));
            case "f" -> table.constraint(new Constraint.ForeignKey(name, columns, into.name(row.getString(8), row.getString(9)),
                    Arrays.asList(strings(row.getString(10))), action(row.getString(11)), action(row.getString(12)), deferrable));
            default -> table.constraint(new Constraint.Check(name, SqlExpression.of(row.getString(13))));
        }
    }

    private void index(ResultSet row, ReflectedSchema into) throws SQLException {
        into.table(row.getString(1), row.getString(2)).index(new IndexDef(row.getString(3),
                Arrays.asList(strings(row.getString(6))), row.getBoolean(4),
                Optional.ofNullable(row.getString(5)).map(SqlExpression::of)));
    }

    // NO ACTION is what a key without ON DELETE/ON UPDATE does, so it reads as no action given.
    private static Optional<ReferentialAction> action(String code) {
        return switch (code) {
            case "c" -> Optional.of(ReferentialAction.CASCADE);
            case "n" -> Optional.of(ReferentialAction.SET_NULL);
            case "d" -> Optional.of(ReferentialAction.SET_DEFAULT);
            case "r" -> Optional.of(ReferentialAction.RESTRICT);
            default -> Optional.empty();
        };
    }

    // Arrays come as their text form, {a,"b c","d\\"e"} (the driver's java.sql.Array is far slower to decode).
    private static String[] strings(String array) {
        if (array == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 1; i < array.length() - 1; i++) {
            char c = array.charAt(i);
            if (quoted && c == '\\') {
                value.append(array.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                wasQuoted = true;
            } else if (c == ',' && !quoted) {
                values.add(value.toString());
                value.setLength(0);
                wasQuoted = false;
            } else {
                value.append(c);
            }
        }
        if (value.length() > 0 || wasQuoted) {
            values.add(value.toString());
        }
        return values.toArray(String[]::new);
    }

    @Override
    protected ColumnType parseType(String spelling) {
        String type = TypeSpellings.normalized(spelling);
        return SPELLINGS.generic(type).orElseGet(() -> new ColumnType.RawType(type, Map.of()));
    }
}
