package dev.migrate.api.schema;

import java.util.List;
import java.util.Map;

/** The column types scripts use: {@code column("id", INTEGER)}, {@code varchar(255)}, ... */
public final class ColumnTypes {

    public static final ColumnType INTEGER = new ColumnType.IntegerType();
    public static final ColumnType BIGINT = new ColumnType.BigIntegerType();
    public static final ColumnType SMALLINT = new ColumnType.SmallIntegerType();
    public static final ColumnType BOOLEAN = new ColumnType.BooleanType();
    public static final ColumnType TEXT = new ColumnType.TextType();
    public static final ColumnType FLOAT = new ColumnType.FloatType();
    public static final ColumnType DOUBLE = new ColumnType.DoubleType();
    public static final ColumnType DATE = new ColumnType.DateType();
    public static final ColumnType TIME = new ColumnType.TimeType();
    public static final ColumnType TIMESTAMP = new ColumnType.TimestampType(false);
    public static final ColumnType TIMESTAMP_TZ = new ColumnType.TimestampType(true);
    public static final ColumnType JSON = new ColumnType.JsonType();
    public static final ColumnType UUID = new ColumnType.UuidType();
    public static final ColumnType BINARY = new ColumnType.BinaryType();

    private ColumnTypes() {
    }

    public static ColumnType varchar(int length) {
        return new ColumnType.StringType(length);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType.NumericType(precision, scale);
    }

    public static ColumnType enumOf(String name, String... values) {
        return new ColumnType.EnumType(name, List.of(values));
    }

    /** A type written by hand, the same for every dialect. */
    public static ColumnType raw(String sql) {
        return new ColumnType.RawType(sql, Map.of());
    }

    /** A type written by hand per dialect, with {@code sql} for the others. */
    public static ColumnType raw(String sql, Map<String, String> perDialect) {
        return new ColumnType.RawType(sql, perDialect);
    }
}
