package dev.migrate.api.spi;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads a live database's schema into a {@link SchemaModel}, in a handful of catalog queries
 * (never one round-trip per table), and decides when a model's column and the database's column
 * mean the same thing (autogenerate compares through it).
 */
public interface SchemaInspector {

    /**
     * The tables of the schemas in {@code scope}: columns (generic types where the database type
     * maps to one, else a {@link ColumnType.RawType} carrying the database's spelling), nullability,
     * server default as the database reports it, autoincrement/identity, comments, primary keys,
     * unique/foreign-key/check constraints and indexes (indexes that only back a constraint are
     * left out). Tables named in {@link InspectionScope#excludedTables()} are not read.
     */
    SchemaModel inspect(Connection connection, InspectionScope scope) throws SQLException;

    /**
     * Whether a column declared as {@code model} and reflected as {@code reflected} have the same
     * type on this database ({@code int4} and {@code IntegerType} are the same on PostgreSQL;
     * {@code BooleanType} and {@code TINYINT(1)} on MySQL).
     */
    default boolean sameType(ColumnType model, ColumnType reflected) {
        return model.equals(reflected);
    }

    /**
     * Whether a model's server default and the default the database reports mean the same value
     * on this database ({@code 'a'} and {@code 'a'::character varying} on PostgreSQL).
     */
    default boolean sameDefault(Optional<SqlExpression> model, Optional<SqlExpression> reflected) {
        return model.equals(reflected);
    }
}
