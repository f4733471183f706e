package dev.migrate.dialect.mysql;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MySQL or MariaDB schema from {@code information_schema} in three queries: tables and
 * columns, constraints (key columns, referential rules and check clauses), and index columns.
 *
 * <p>MySQL keeps a unique constraint as a unique index and cannot tell them apart, so every unique
 * index is reflected as a {@link Constraint.Unique}. The index MySQL creates for a foreign key
 * (named after the key, over its columns) belongs to the key and is left out. RESTRICT and NO
 * ACTION mean the same on InnoDB, so they read as no action given. MariaDB stores JSON as
 * {@code LONGTEXT} with a {@code json_valid} check, which reads back as {@link ColumnType.JsonType}.
 */
final class MysqlInspector extends JdbcInspector {

    // MariaDB: information_schema tables have no indexes, so a join between two of them is a nested
    // loop over every row pair (1.7 s at 500 tables). Each query is a UNION ALL of plain scans instead,
    // a kind letter first, and the rows are put together in Java.
    private static final String TABLES_AND_COLUMNS = """
            SELECT 'T', TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT, NULL, NULL, NULL, NULL, NULL, NULL, 0
            FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND %1$s%2$s
            UNION ALL
            SELECT 'C', TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                   COLUMN_COMMENT, DATA_TYPE, ORDINAL_POSITION
            FROM information_schema.COLUMNS WHERE %1$s%2$s
            ORDER BY 2, 3, 11""";

    private static final String CONSTRAINTS = """
            SELECT 'K', TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
                   REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, ORDINAL_POSITION
            FROM information_schema.KEY_COLUMN_USAGE WHERE %1$s%2$s
            UNION ALL
            SELECT 'R', CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE, NULL, NULL, 0
            FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE %3$s%2$s
            UNION ALL
            %4$s
            ORDER BY 2, 3, 4, 9""";

    // MariaDB names checks per table and its CHECK_CONSTRAINTS has TABLE_NAME; MySQL 8 names them
    // per schema and needs TABLE_CONSTRAINTS for the table (its information_schema is indexed).
    private static final String MARIADB_CHECKS = """
            SELECT 'C', CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, NULL, NULL, NULL, 0
            FROM information_schema.CHECK_CONSTRAINTS WHERE %1$s%2$s""";
    private static final String MYSQL_CHECKS = """
            SELECT 'C', tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, NULL, NULL, NULL, 0
            FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc
                 ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND %1$s%2$s""";

    private static final String INDEXES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME
            FROM information_schema.STATISTICS
            WHERE NON_UNIQUE = 1 AND %s%s
            ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final Pattern INTEGER = Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)(\\(\\d+\\))?");
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("(?:decimal|numeric)\\((\\d+)(?:,\\s*(\\d+))?\\)");
    private static final Pattern ENUM = Pattern.compile("(?i)enum\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)*)'");
    private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(\"([^\"]+)\"\\)");
    private static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("tinyint(1)", new ColumnType.BooleanType()), Map.entry("boolean", new ColumnType.BooleanType()),
            Map.entry("bool", new ColumnType.BooleanType()), Map.entry("int", new ColumnType.IntegerType()),
            Map.entry("integer", new ColumnType.IntegerType()), Map.entry("bigint", new ColumnType.BigIntegerType()),
            Map.entry("smallint", new ColumnType.SmallIntegerType()), Map.entry("text", new ColumnType.TextType()),
            Map.entry("float", new ColumnType.FloatType()), Map.entry("double", new ColumnType.DoubleType()),
            Map.entry("double precision", new ColumnType.DoubleType()), Map.entry("date", new ColumnType.DateType()),
            Map.entry("time", new ColumnType.TimeType()), Map.entry("time(6)", new ColumnType.TimeType()),
            Map.entry("datetime", new ColumnType.TimestampType(false)),
            Map.entry("datetime(6)", new ColumnType.TimestampType(false)),
            Map.entry("timestamp", new ColumnType.TimestampType(true)),
            Map.entry("timestamp(6)", new ColumnType.TimestampType(true)), Map.entry("json", new ColumnType.JsonType()),
            Map.entry("char(36)", new ColumnType.UuidType()), Map.entry("longblob", new ColumnType.BinaryType()));
    private static final TypeSpellings SPELLINGS = new TypeSpellings(TYPES, VARCHAR, NUMERIC);
    private static final Set<String> QUOTED_DEFAULTS = Set.of("char", "varchar", "text", "tinytext", "mediumtext",
            "longtext", "enum", "set", "date", "time", "datetime", "timestamp", "json");

    MysqlInspector(MysqlDialect dialect) {
        super(dialect);
    }

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return selectOne(connection, "SELECT DATABASE()");
    }

    @Override
    protected void read(Connection connection, Query query, ReflectedSchema into) throws SQLException {
        boolean mariadb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        query(connection, TABLES_AND_COLUMNS.formatted(query.schemaIn("TABLE_SCHEMA"), query.andNotExcluded("TABLE_NAME")),
                query.parameters(2), row -> tableOrColumn(row, into, mariadb));
        String checks = mariadb
                ? MARIADB_CHECKS.formatted(query.schemaIn("CONSTRAINT_SCHEMA"), query.andNotExcluded("TABLE_NAME"))
                : MYSQL_CHECKS.formatted(query.schemaIn("tc.TABLE_SCHEMA"), query.andNotExcluded("tc.TABLE_NAME"));
        Map<List<String>, Pending> constraints = new LinkedHashMap<>();
        query(connection, CONSTRAINTS.formatted(query.schemaIn("TABLE_SCHEMA"), query.andNotExcluded("TABLE_NAME"),
                query.schemaIn("CONSTRAINT_SCHEMA"), checks), query.parameters(3), row -> {
                    // A check may share its name with a key (MariaDB names column checks after the column).
                    List<String> key = List.of(row.getString(2), row.getString(3), row.getString(4),
                            row.getString(1).equals("C") ? "check" : "key");
                    Pending pending = constraints.get(key);
                    if (pending == null) {
                        pending = new Pending(key);
                        constraints.put(key, pending);
                    }
                    pending.add(row);
                });
        constraints.values().stream().sorted(java.util.Comparator.comparing(Pending::order))
                .forEach(p -> into.existing(p.schema, p.table).ifPresent(t -> p.addTo(t, into)));
        Map<List<String>, List<String>> indexes = new LinkedHashMap<>();
        query(connection, INDEXES.formatted(query.schemaIn("TABLE_SCHEMA"), query.andNotExcluded("TABLE_NAME")),
                query.parameters(), row -> indexes.computeIfAbsent(List.of(row.getString(1), row.getString(2),
                        row.getString(3)), k -> new ArrayList<>()).add(indexColumn(row.getString(5))));
        indexes.forEach((key, columns) -> into.existing(key.get(0), key.get(1)).ifPresent(t -> index(t, key.get(2), columns)));
        into.tables().forEach(MysqlInspector::jsonColumns);
    }

    // MySQL 8: a functional index part has no column name (its expression is in a column MariaDB lacks).
    private static String indexColumn(String column) {
        return column == null ? "(expression)" : column;
    }

    private void tableOrColumn(ResultSet row, ReflectedSchema into, boolean mariadb) throws SQLException {
        if (row.getString(1).equals("T")) {
            into.table(row.getString(2), row.getString(3)).comment(row.getString(4));
            return;
        }
        Optional<ReflectedSchema.Table> table = into.existing(row.getString(2), row.getString(3));
        if (table.isEmpty()) {
            return; // a view's column
        }
        String name = row.getString(4);
        ColumnType type = parseType(row.getString(5));
        if (type instanceof ColumnType.EnumType e) {
            type = new ColumnType.EnumType(name, e.values()); // MySQL: an enum has no name of its own
        }
        String extra = row.getString(8).toLowerCase(Locale.ROOT);
        table.get().column(new ColumnDef(name, type, "YES".equals(row.getString(6)),
                serverDefault(row.getString(7), row.getString(10), extra, mariadb), extra.contains("auto_increment"),
                Optional.ofNullable(row.getString(9)).filter(c -> !c.isEmpty())));
    }

    // MariaDB reports defaults as SQL (literals quoted, NULL as the word); MySQL 8 reports a literal's bare value.
    private static Optional<SqlExpression> serverDefault(String value, String dataType, String extra, boolean mariadb) {
        if (value == null || mariadb && value.equals("NULL")) {
            return Optional.empty();
        }
        boolean bareLiteral = !mariadb && !extra.contains("default_generated")
                && QUOTED_DEFAULTS.contains(dataType.toLowerCase(Locale.ROOT));
        return Optional.of(SqlExpression.of(bareLiteral ? "'" + value.replace("'", "''") + "'" : value));
    }

    // MySQL: the index it makes for a foreign key is named after the key (or, for a key declared
    // without a name, after its first column) and has the key's columns; it goes with the key.
    private static void index(ReflectedSchema.Table table, String name, List<String> columns) {
        boolean backsKey = table.constraints().stream().anyMatch(c -> c instanceof Constraint.ForeignKey fk
                && (fk.name().equals(Optional.of(name)) || fk.columns().get(0).equals(name)) && columns.equals(fk.columns()));
        if (!backsKey) {
            table.index(new IndexDef(name, columns, false, Optional.empty()));
        }
    }

    // MariaDB: JSON is LONGTEXT with a CHECK (json_valid(`column`)) named after the column (read with standard quotes).
    private static void jsonColumns(ReflectedSchema.Table table) {
        table.constraints().removeIf(c -> {
            if (c instanceof Constraint.Check check) {
                Matcher json = JSON_VALID.matcher(check.condition().sql().strip());
                if (json.matches() && check.name().equals(Optional.of(json.group(1)))
                        && table.columns().stream().anyMatch(col -> col.name().equals(json.group(1))
                                && col.type().equals(new ColumnType.RawType("longtext", Map.of())))) {
                    table.changeColumn(json.group(1), col -> col.withType(new ColumnType.JsonType()));
                    return true;
                }
            }
            return false;
        });
    }

    /** The rows of one constraint: its key columns, its referential rules, or its check clause. */
    private static final class Pending {
        private final String schema;
        private final String table;
        private final String name;
        private final List<String> columns = new ArrayList<>();
        private final List<String> referred = new ArrayList<>();
        private String referredSchema;
        private String referredTable;
        private String onDelete;
        private String onUpdate;
        private String check;

        Pending(List<String> key) {
            schema = key.get(0);
            table = key.get(1);
            name = key.get(2);
        }

        void add(ResultSet row) throws SQLException {
            switch (row.getString(1)) {
                case "K" -> {
                    columns.add(row.getString(5));
                    Optional.ofNullable(row.getString(8)).ifPresent(referred::add);
                    referredSchema = row.getString(6);
                    referredTable = row.getString(7);
                }
                case "R" -> {
                    onDelete = row.getString(5);
                    onUpdate = row.getString(6);
                }
                default -> check = row.getString(5);
            }
        }

        /** Primary key, unique constraints, foreign keys, checks: the order of a CREATE TABLE. */
        int order() {
            return check != null ? 3 : referredTable != null ? 2 : name.equals("PRIMARY") ? 0 : 1;
        }

        void addTo(ReflectedSchema.Table into, ReflectedSchema schemaNames) {
            switch (order()) {
                case 0 -> into.constraint(new Constraint.PrimaryKey(Optional.empty(), columns));
                case 1 -> into.constraint(new Constraint.Unique(Optional.of(name), columns, Deferrable.NOT_DEFERRABLE));
                case 2 -> into.constraint(new Constraint.ForeignKey(Optional.of(name), columns,
                        schemaNames.name(referredSchema, referredTable), referred, action(onDelete), action(onUpdate),
                        Deferrable.NOT_DEFERRABLE));
                default -> into.constraint(new Constraint.Check(Optional.of(name), SqlExpression.of(standardQuotes(check))));
            }
        }

        private static Optional<ReferentialAction> action(String rule) {
            return switch (rule == null ? "" : rule) {
                case "CASCADE" -> Optional.of(ReferentialAction.CASCADE);
                case "SET NULL" -> Optional.of(ReferentialAction.SET_NULL);
                case "SET DEFAULT" -> Optional.of(ReferentialAction.SET_DEFAULT);
                default -> Optional.empty();
            };
        }
    }

    @Override
    protected ColumnType parseType(String spelling) {
        String type = TypeSpellings.normalized(spelling);
        ColumnType known = TYPES.get(type);
        if (known != null) {
            return known;
        }
        Matcher integer = INTEGER.matcher(type);
        if (integer.matches() && TYPES.containsKey(integer.group(1))) {
            return TYPES.get(integer.group(1));
        }
        Optional<ColumnType> generic = SPELLINGS.generic(type);
        if (generic.isPresent()) {
            return generic.get();
        }
        Matcher enumType = ENUM.matcher(spelling.strip());
        if (type.startsWith("enum(") && enumType.matches()) {
            List<String> values = new ArrayList<>();
            Matcher value = ENUM_VALUE.matcher(enumType.group(1));
            while (value.find()) {
                values.add(value.group(1).replace("''", "'").replace("\\\\", "\\"));
            }
            return new ColumnType.EnumType("enum", values);
        }
        return new ColumnType.RawType(type, Map.of());
    }

    /** An enum has no name on MySQL: the same values are the same type. */
    @Override
    public boolean sameType(ColumnType model, ColumnType reflected) {
        if (model instanceof ColumnType.EnumType m && reflected instanceof ColumnType.EnumType r) {
            return m.values().equals(r.values());
        }
        return super.sameType(model, reflected);
    }

    @Override
    protected ServerDefaults createDefaults() {
        return new ServerDefaults(dialect()) {
            @Override
            protected String prepare(String sql) {
                return sql.replace('`', '"');
            }

            // MySQL: BOOLEAN is TINYINT(1), so TRUE is stored and reported as 1.
            @Override
            protected String bool(boolean value) {
                return value ? "1" : "0";
            }
        };
    }

    /**
     * {@code sql} with MySQL's {@code `backtick`} identifiers written with standard double quotes,
     * as the model's portable expressions are (MySQL reports check clauses with backticks, and a
     * downgrade re-creates them); string literals are left as they are.
     */
    static String standardQuotes(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' ) {
                int end = stringEnd(sql, i);
                out.append(sql, i, end);
                i = end - 1;
            } else if (c == '`') {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                for (; j < sql.length(); j++) {
                    if (sql.charAt(j) == '`') {
                        if (j + 1 < sql.length() && sql.charAt(j + 1) == '`') {
                            name.append('`');
                            j++;
                        } else {
                            break;
                        }
                    } else {
                        name.append(sql.charAt(j));
                    }
                }
                out.append('"').append(name.toString().replace("\"", "\"\"")).append('"');
                i = j;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index just past the string literal opening at {@code start} ('' and backslash escapes inside). */
    private static int stringEnd(String sql, int start) {
        for (int i = start + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return sql.length();
    }
}
