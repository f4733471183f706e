package dev.migrate.api.operation;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.SqlExpression;
import java.util.Objects;
import java.util.Optional;

/** What {@link AlterColumn} changes about a column; everything else about it stays as it is. */
public sealed interface ColumnChange {

    /** New type; {@code using} converts existing values (PostgreSQL {@code USING}). */
    record SetType(ColumnType type, Optional<SqlExpression> using) implements ColumnChange {
        public SetType {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(using, "using");
        }
    }

    /** Allow or forbid NULL. */
    record SetNullable(boolean nullable) implements ColumnChange {
    }

    /** New server default. */
    record SetDefault(SqlExpression expression) implements ColumnChange {
        public SetDefault {
            Objects.requireNonNull(expression, "expression");
        }
    }

    /** Remove the server default. */
    record DropDefault() implements ColumnChange {
    }

    /** Rename the column. */
    record Rename(String newName) implements ColumnChange {
        public Rename {
            Operation.requireName(newName, "new column name");
        }
    }

    /** Set (or, when empty, remove) the column comment. */
    record SetComment(Optional<String> comment) implements ColumnChange {
        public SetComment {
            Objects.requireNonNull(comment, "comment");
        }
    }
}
