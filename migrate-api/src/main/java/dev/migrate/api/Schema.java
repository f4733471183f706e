package dev.migrate.api;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.Constraint.Deferrable;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.schema.TableElement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builders for the pieces of a table that scripts pass to {@link Operations}, in the style of the
 * seeds: {@code createTable("users", column("id", INTEGER).notNull().autoincrementing(), ...,
 * primaryKey("id"))}. Import statically.
 */
public final class Schema {

    private Schema() {
    }

    /** A nullable column; chain {@code notNull()}, {@code serverDefault(...)}, {@code autoincrementing()}, {@code comment(...)}. */
    public static ColumnDef column(String name, ColumnType type) {
        return ColumnDef.of(name, type);
    }

    /**
     * A table of a {@link TargetModel}: columns and constraints; chain {@code withIndexes(...)} and
     * {@code withComment(...)}. {@code name} may be schema-qualified ({@code "billing.invoice"}).
     */
    public static TableDef table(String name, TableElement... elements) {
        return TableDef.of(qualified(name), Optional.empty(), Arrays.asList(elements), "table " + name);
    }

    /** The schema made of {@code tables}, as a {@link TargetModel} returns it. */
    public static SchemaModel schema(TableDef... tables) {
        return SchemaModel.of(List.of(tables));
    }

    /** A primary key named by the naming convention. */
    public static Constraint.PrimaryKey primaryKey(String... columns) {
        return new Constraint.PrimaryKey(Optional.empty(), List.of(columns));
    }

    /** A unique constraint; {@code name} may be null for the naming convention's. */
    public static Constraint.Unique unique(String name, String... columns) {
        return new Constraint.Unique(Optional.ofNullable(name), List.of(columns), Deferrable.NOT_DEFERRABLE);
    }

    /** A CHECK constraint with a portable condition; {@code name} may be null. */
    public static Constraint.Check check(String name, String condition) {
        return new Constraint.Check(Optional.ofNullable(name), SqlExpression.of(condition));
    }

    /** The start of a foreign key: {@code foreignKey("user_id").references("users", "id").onDelete(CASCADE)}. */
    public static ForeignKeyBuilder foreignKey(String... columns) {
        return new ForeignKeyBuilder(List.of(columns));
    }

    /** An index over columns. */
    public static IndexDef index(String name, String... columns) {
        return new IndexDef(name, List.of(columns), false, Optional.empty());
    }

    /** A unique index over columns. */
    public static IndexDef uniqueIndex(String name, String... columns) {
        return new IndexDef(name, List.of(columns), true, Optional.empty());
    }

    /** A partial index: only rows matching {@code where} (PostgreSQL, SQLite). */
    public static IndexDef partialIndex(String name, String where, String... columns) {
        return new IndexDef(name, List.of(columns), false, Optional.of(SqlExpression.of(where)));
    }

    /** A unique partial index: values unique among the rows matching {@code where} (PostgreSQL, SQLite). */
    public static IndexDef uniquePartialIndex(String name, String where, String... columns) {
        return new IndexDef(name, List.of(columns), true, Optional.of(SqlExpression.of(where)));
    }

    private static QualifiedName qualified(String name) {
        if (name == null) {
            throw new IllegalArgumentException("A table name is required");
        }
        int dot = name.indexOf('.');
        return dot < 0 ? QualifiedName.of(name) : QualifiedName.of(name.substring(0, dot), name.substring(dot + 1));
    }

    /** Builds a foreign key step by step; {@link #references} gives the constraint. */
    public static final class ForeignKeyBuilder {
        private final List<String> columns;

        private ForeignKeyBuilder(List<String> columns) {
            this.columns = columns;
        }

        /** The referred table (may be schema-qualified, {@code "billing.account"}) and columns. */
        public Constraint.ForeignKey references(String table, String... referredColumns) {
            return new Constraint.ForeignKey(Optional.empty(), columns, qualified(table), List.of(referredColumns),
                    Optional.empty(), Optional.empty(), Deferrable.NOT_DEFERRABLE);
        }
    }
}
