package dev.migrate.dialect.common.catalog;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.api.spi.SchemaInspector;
import dev.migrate.dialect.common.AnsiDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Base of the built-in inspectors: a dialect reads its catalog in a few bulk queries, each row
 * feeding a {@link ReflectedSchema}; this class resolves the scope, turns the result into a
 * {@link SchemaModel}, and compares types and defaults through the dialect's own spelling.
 *
 * <p>A dialect implements {@link #currentSchema}, {@link #read} and {@link #parseType}, and may
 * refine {@link #defaults()} for how its catalog reports server defaults.
 */
public abstract class JdbcInspector implements SchemaInspector {

    private final AnsiDialect dialect;
    private volatile ServerDefaults defaults;

    protected JdbcInspector(AnsiDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect whose spelling of types and defaults this inspector compares with. */
    protected AnsiDialect dialect() {
        return dialect;
    }

    @Override
    public final SchemaModel inspect(Connection connection, InspectionScope scope) throws SQLException {
        Optional<String> current = scope.schemas().isEmpty() ? Optional.of(currentSchema(connection)) : Optional.empty();
        List<String> schemas = current.map(List::of).orElse(scope.schemas());
        ReflectedSchema schema = new ReflectedSchema(current);
        read(connection, new Query(schemas, List.copyOf(scope.excludedTables())), schema);
        return schema.model();
    }

    /** The connection's current schema (PostgreSQL {@code current_schema()}, MySQL {@code DATABASE()}, SQLite {@code main}). */
    protected abstract String currentSchema(Connection connection) throws SQLException;

    /** The one value {@code sql} selects, such as the current schema's name. */
    protected static String selectOne(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Reads every table of {@code query.schemas()} except {@code query.excludedTables()} into
     * {@code into}, in a fixed number of queries whatever the number of tables.
     */
    protected abstract void read(Connection connection, Query query, ReflectedSchema into) throws SQLException;

    /**
     * The generic type for a type as this database spells it (in its catalog or in a script),
     * else a {@link ColumnType.RawType} with the spelling.
     */
    protected abstract ColumnType parseType(String spelling);

    /** How this database reports server defaults; dialects return their subclass. */
    protected ServerDefaults createDefaults() {
        return new ServerDefaults(dialect);
    }

    /** The default normaliser, created once. */
    protected final ServerDefaults defaults() {
        ServerDefaults normaliser = defaults;
        if (normaliser == null) {
            normaliser = createDefaults();
            defaults = normaliser;
        }
        return normaliser;
    }

    /** Types are the same when the database would report the model's type as the reflected one. */
    @Override
    public boolean sameType(ColumnType model, ColumnType reflected) {
        return model.equals(reflected) || asReported(model).equals(asReported(reflected));
    }

    /** The type the database reports for a column declared {@code type}. */
    protected ColumnType asReported(ColumnType type) {
        if (type instanceof ColumnType.EnumType) {
            return type; // the inspector reads an enum's values; its spelling would lose them
        }
        String spelling = type instanceof ColumnType.RawType raw ? raw.sqlFor(dialect.name()) : dialect.typeSpelling(type);
        return parseType(spelling);
    }

    @Override
    public boolean sameDefault(Optional<SqlExpression> model, Optional<SqlExpression> reflected) {
        return model.map(defaults()::canonical).equals(reflected.map(defaults()::canonical));
    }

    // Query helpers

    /** What one inspection reads: the schemas and the tables to leave out. */
    public record Query(List<String> schemas, List<String> excludedTables) {

        /** {@code column IN (?, ...)} over the schemas. */
        public String schemaIn(String column) {
            return column + " IN " + placeholders(schemas);
        }

        /** {@code AND column NOT IN (?, ...)} over the excluded tables, or nothing. */
        public String andNotExcluded(String column) {
            return excludedTables.isEmpty() ? "" : " AND " + column + " NOT IN " + placeholders(excludedTables);
        }

        /** The parameters of {@link #schemaIn} followed by those of {@link #andNotExcluded}. */
        public List<Object> parameters() {
            return parameters(1);
        }

        /**
         * The parameters of a query whose {@code arms} parts (joined by {@code UNION ALL}) each use
         * {@link #schemaIn} and then {@link #andNotExcluded}.
         */
        public List<Object> parameters(int arms) {
            List<Object> parameters = new ArrayList<>();
            for (int i = 0; i < arms; i++) {
                parameters.addAll(schemas);
                parameters.addAll(excludedTables);
            }
            return parameters;
        }

        private static String placeholders(Collection<?> values) {
            return values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    protected interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} once, handing each row to {@code reader}. */
    protected static void query(Connection connection, String sql, List<Object> parameters, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
