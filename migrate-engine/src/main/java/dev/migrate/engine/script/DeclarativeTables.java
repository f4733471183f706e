package dev.migrate.engine.script;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.Constraint.Deferrable;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Columns, constraints, indexes and tables as declarative revisions write them. */
final class DeclarativeTables {

    private static final Set<String> COLUMN_KEYS = Set.of("name", "type", "nullable", "server_default", "autoincrement",
            "comment");
    private static final Set<String> TABLE_KEYS = Set.of("name", "columns", "primary_key", "unique", "foreign_keys",
            "checks", "comment", "if_not_exists");

    private DeclarativeTables() {
    }

    /** The table of a {@code create_table}. */
    static TableDef table(Fields f) {
        QualifiedName name = f.table("name");
        List<ColumnDef> columns = new ArrayList<>();
        List<Object> items = f.list("columns");
        for (int i = 0; i < items.size(); i++) {
            columns.add(column(items.get(i), "columns[" + i + "]"));
        }
        List<Constraint> constraints = new ArrayList<>();
        if (f.has("primary_key")) {
            constraints.add(new Constraint.PrimaryKey(Optional.empty(), f.strings("primary_key")));
        }
        each(f, "unique", (item, key) -> unique(Fields.of(item, key, Set.of("name", "columns"))), constraints);
        each(f, "foreign_keys", (item, key) -> foreignKey(Fields.of(item, key, ForeignKeys.KEYS)), constraints);
        each(f, "checks", (item, key) -> check(Fields.of(item, key, Set.of("name", "condition"))), constraints);
        return new TableDef(name, columns, constraints, List.of(), f.optionalString("comment"));
    }

    /** A table of a YAML/JSON target model: a {@code create_table} with {@code indexes} (name, columns, unique, where). */
    static TableDef modelTable(Object value, String key) {
        Set<String> keys = new java.util.HashSet<>(TABLE_KEYS);
        keys.remove("if_not_exists");
        keys.add("indexes");
        Fields f = Fields.of(value, key, keys);
        TableDef table = table(f);
        List<IndexDef> indexes = new ArrayList<>();
        List<Object> items = f.list("indexes");
        for (int i = 0; i < items.size(); i++) {
            indexes.add(index(Fields.of(items.get(i), f.path("indexes") + "[" + i + "]", Set.of("name", "columns", "unique",
                    "where"))));
        }
        return new TableDef(table.name(), table.columns(), table.constraints(), indexes, table.comment());
    }

    static Set<String> tableKeys() {
        return TABLE_KEYS;
    }

    /** A column mapping: name, type, nullable (default true), server_default, autoincrement, comment. */
    static ColumnDef column(Object value, String key) {
        Fields c = Fields.of(value, key, COLUMN_KEYS);
        return new ColumnDef(c.string("name"), DeclarativeTypes.parse(c.raw("type"), c.path("type")), c.bool("nullable", true),
                c.expression("server_default"), c.bool("autoincrement", false), c.optionalString("comment"));
    }

    static Constraint.Unique unique(Fields f) {
        return new Constraint.Unique(f.optionalString("name"), f.strings("columns"), Deferrable.NOT_DEFERRABLE);
    }

    static Constraint.Check check(Fields f) {
        return new Constraint.Check(f.optionalString("name"), SqlExpression.of(f.string("condition")));
    }

    static Constraint.ForeignKey foreignKey(Fields f) {
        Fields references = Fields.of(f.raw("references"), f.path("references"), Set.of("table", "columns"));
        return new Constraint.ForeignKey(f.optionalString("name"), f.strings("columns"), references.table("table"),
                references.strings("columns"), action(f, "on_delete"), action(f, "on_update"),
                ForeignKeys.deferrable(f));
    }

    static IndexDef index(Fields f) {
        return new IndexDef(f.string("name"), f.strings("columns"), f.bool("unique", false), f.expression("where"));
    }

    private static Optional<ReferentialAction> action(Fields f, String key) {
        Optional<String> text = f.optionalString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = text.get().strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Optional.of(ReferentialAction.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new Fields.FieldException(f.path(key), "must be cascade, set null, set default, restrict or no action, "
                    + "not '" + text.get() + "'");
        }
    }

    private interface Reader {
        Constraint read(Object item, String key);
    }

    private static void each(Fields f, String key, Reader reader, List<Constraint> into) {
        List<Object> items = f.list(key);
        for (int i = 0; i < items.size(); i++) {
            into.add(reader.read(items.get(i), f.path(key) + "[" + i + "]"));
        }
    }

    /** Foreign-key keys and deferrability. */
    static final class ForeignKeys {
        static final Set<String> KEYS = Set.of("name", "table", "columns", "references", "on_delete", "on_update",
                "deferrable");

        private ForeignKeys() {
        }

        static Deferrable deferrable(Fields f) {
            Optional<String> text = f.optionalString("deferrable");
            if (text.isEmpty() || text.get().equals("false")) {
                return Deferrable.NOT_DEFERRABLE;
            }
            return switch (text.get()) {
                case "true", "immediate" -> Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE;
                case "deferred" -> Deferrable.DEFERRABLE_INITIALLY_DEFERRED;
                default -> throw new Fields.FieldException(f.path("deferrable"), "must be false, immediate or deferred");
            };
        }
    }
}
