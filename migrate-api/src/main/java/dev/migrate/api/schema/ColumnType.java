package dev.migrate.api.schema;

import java.util.List;
import java.util.Map;

/**
 * The type of a column: a generic type each dialect maps to its own spelling, or a raw type
 * written per dialect.
 */
public sealed interface ColumnType {

    /** 32-bit integer. */
    record IntegerType() implements ColumnType {
    }

    /** 64-bit integer. */
    record BigIntegerType() implements ColumnType {
    }

    /** 16-bit integer. */
    record SmallIntegerType() implements ColumnType {
    }

    /** True or false (MySQL: TINYINT(1)/BOOLEAN; SQLite: INTEGER 0/1). */
    record BooleanType() implements ColumnType {
    }

    /** Text of at most {@code length} characters. */
    record StringType(int length) implements ColumnType {
        public StringType {
            if (length < 1) {
                throw new IllegalArgumentException("String length must be at least 1, not " + length);
            }
        }
    }

    /** Text of any length. */
    record TextType() implements ColumnType {
    }

    /** Exact decimal number. */
    record NumericType(int precision, int scale) implements ColumnType {
        public NumericType {
            if (precision < 1 || scale < 0 || scale > precision) {
                throw new IllegalArgumentException("Numeric needs 1 <= precision and 0 <= scale <= precision, not ("
                        + precision + ", " + scale + ")");
            }
        }
    }

    /** Single-precision floating point. */
    record FloatType() implements ColumnType {
    }

    /** Double-precision floating point. */
    record DoubleType() implements ColumnType {
    }

    /** Calendar date. */
    record DateType() implements ColumnType {
    }

    /** Time of day. */
    record TimeType() implements ColumnType {
    }

    /** Date and time, with or without a time zone. */
    record TimestampType(boolean withTimeZone) implements ColumnType {
    }

    /** JSON document (PostgreSQL JSONB-free JSON, MySQL JSON, SQLite TEXT). */
    record JsonType() implements ColumnType {
    }

    /** UUID (PostgreSQL UUID, MySQL CHAR(36), SQLite TEXT). */
    record UuidType() implements ColumnType {
    }

    /** Binary data. */
    record BinaryType() implements ColumnType {
    }

    /**
     * One of a fixed set of strings. PostgreSQL: a named enum type; MySQL: ENUM(...); SQLite: a
     * VARCHAR with a CHECK.
     */
    record EnumType(String name, List<String> values) implements ColumnType {
        public EnumType {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("Enum " + name + " needs at least one value");
            }
        }
    }

    /**
     * A type spelled by hand: {@code perDialect} by dialect name ({@code postgres}, {@code mysql},
     * {@code sqlite}, ...), else {@code sql}.
     */
    record RawType(String sql, Map<String, String> perDialect) implements ColumnType {
        public RawType {
            perDialect = Map.copyOf(perDialect);
        }

        /** The spelling for a dialect. */
        public String sqlFor(String dialect) {
            return perDialect.getOrDefault(dialect, sql);
        }
    }
}
