package dev.migrate.engine.autogen;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The differences between a table of the target model and the same table of the compared schema. */
final class TableComparator {

    private final Equivalence equivalence;

    TableComparator(Equivalence equivalence) {
        this.equivalence = equivalence;
    }

    List<Change> compare(TableDef target, TableDef actual) {
        List<Change> changes = new ArrayList<>();
        QualifiedName table = target.name();
        List<String> targetKey = target.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        List<String> actualKey = actual.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        List<ColumnDef> added = target.columns().stream().filter(c -> actual.column(c.name()).isEmpty()).toList();
        List<ColumnDef> removed = actual.columns().stream().filter(c -> target.column(c.name()).isEmpty()).toList();
        Optional<String> rename = added.isEmpty() || removed.isEmpty() ? Optional.empty()
                : Optional.of("Columns " + names(removed) + " of " + table + " are dropped and " + names(added)
                        + " added: if one was renamed, replace its drop and add by op.renameColumn(...), or its data is lost.");
        for (ColumnDef column : added) {
            Change change = Change.of(Change.Phase.ALTER_TABLES, "added column " + table + "." + column.name(),
                    new AddColumn(table, column, false), new DropColumn(table, column.name(), false));
            changes.add(rename.isPresent() && column == added.get(0) ? change.warn(rename.get()) : change);
        }
        for (ColumnDef column : target.columns()) {
            actual.column(column.name()).ifPresent(existing -> changes.addAll(
                    columnChanges(table, column, existing, targetKey.contains(column.name()), actualKey.contains(column.name()))));
        }
        for (ColumnDef column : removed) {
            changes.add(Change.of(Change.Phase.ALTER_TABLES, "removed column " + table + "." + column.name(),
                    new DropColumn(table, column.name(), false), new AddColumn(table, column, false)));
        }
        if (!equivalence.sameComment(target.comment(), actual.comment())) {
            changes.add(Change.of(Change.Phase.ALTER_TABLES, "changed comment of table " + table,
                    new SetTableComment(table, target.comment()), new SetTableComment(table, actual.comment())));
        }
        changes.addAll(new ConstraintComparator(equivalence, table).compare(target, actual));
        return changes;
    }

    private List<Change> columnChanges(QualifiedName table, ColumnDef target, ColumnDef actual, boolean targetKey,
            boolean actualKey) {
        List<Change> changes = new ArrayList<>();
        String column = table + "." + target.name();
        if (!equivalence.sameType(target.type(), actual.type())) {
            changes.add(alter(table, target.name(), "changed type of " + column + ": " + describe(actual.type()) + " -> "
                    + describe(target.type()), new ColumnChange.SetType(target.type(), Optional.empty()),
                    new ColumnChange.SetType(actual.type(), Optional.empty())));
        }
        // A primary-key column is NOT NULL whether or not the model says so.
        boolean targetNullable = target.nullable() && !targetKey;
        boolean actualNullable = actual.nullable() && !actualKey;
        if (targetNullable != actualNullable) {
            changes.add(alter(table, target.name(), (targetNullable ? "made " + column + " nullable"
                    : "made " + column + " NOT NULL"), new ColumnChange.SetNullable(targetNullable),
                    new ColumnChange.SetNullable(actualNullable)));
        }
        // Generated values (identity, serial, AUTO_INCREMENT) bring their own default.
        if (!target.autoincrement() && !actual.autoincrement()
                && !equivalence.sameDefault(target.serverDefault(), actual.serverDefault())) {
            changes.add(alter(table, target.name(), "changed server default of " + column + ": "
                    + actual.serverDefault().map(SqlExpression::sql).orElse("none") + " -> "
                    + target.serverDefault().map(SqlExpression::sql).orElse("none"),
                    defaultChange(target.serverDefault()), defaultChange(actual.serverDefault())));
        }
        if (!equivalence.sameComment(target.comment(), actual.comment())) {
            changes.add(alter(table, target.name(), "changed comment of " + column,
                    new ColumnChange.SetComment(target.comment()), new ColumnChange.SetComment(actual.comment())));
        }
        return changes;
    }

    private static Change alter(QualifiedName table, String column, String description, ColumnChange upgrade,
            ColumnChange downgrade) {
        return Change.of(Change.Phase.ALTER_TABLES, description, new AlterColumn(table, column, upgrade),
                new AlterColumn(table, column, downgrade));
    }

    private static ColumnChange defaultChange(Optional<SqlExpression> value) {
        return value.<ColumnChange>map(ColumnChange.SetDefault::new).orElse(new ColumnChange.DropDefault());
    }

    /** A type as the change list prints it: {@code VARCHAR(50)}, {@code ENUM mood (happy, sad)}. */
    static String describe(ColumnType type) {
        if (type instanceof ColumnType.StringType s) {
            return "VARCHAR(" + s.length() + ")";
        } else if (type instanceof ColumnType.NumericType n) {
            return "NUMERIC(" + n.precision() + ", " + n.scale() + ")";
        } else if (type instanceof ColumnType.EnumType e) {
            return "ENUM " + (e.name() == null ? "" : e.name() + " ") + "(" + String.join(", ", e.values()) + ")";
        } else if (type instanceof ColumnType.RawType r) {
            return r.sql();
        } else if (type instanceof ColumnType.TimestampType t) {
            return t.withTimeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
        }
        return type.getClass().getSimpleName().replace("Type", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String names(List<ColumnDef> columns) {
        return columns.stream().map(ColumnDef::name).collect(Collectors.joining(", "));
    }
}
