package dev.migrate.engine.script;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.ExecuteSql;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.engine.io.DocumentException;
import dev.migrate.engine.io.StructuredText;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.source.ScriptException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code upgrade:} or {@code downgrade:} list of a YAML or JSON revision into
 * operations, each item a one-key mapping such as {@code - add_column: {table: users, column: ...}}.
 * Errors name the file, the list, the operation's position and the key.
 */
final class DeclarativeOperations {

    static final List<String> NAMES = List.of("create_table", "drop_table", "rename_table", "set_table_comment",
            "add_column", "drop_column", "alter_column", "create_index", "drop_index", "create_primary_key",
            "create_unique_constraint", "create_foreign_key", "create_check_constraint", "drop_constraint", "execute",
            "bulk_insert", "update", "delete", "insert", "batch_alter_table");

    /** The operations a {@code batch_alter_table} may hold. */
    private static final List<String> BATCHABLE = List.of("add_column", "drop_column", "alter_column", "create_index",
            "drop_index", "create_primary_key", "create_unique_constraint", "create_foreign_key", "create_check_constraint",
            "drop_constraint");

    private DeclarativeOperations() {
    }

    /** Records the operations of {@code file}'s list for {@code direction}. */
    static void read(Path file, Direction direction, RecordingOperations recorder) {
        String list = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        Object items = document(file).get(list);
        if (items == null) {
            return;
        }
        if (!(items instanceof List<?> operations)) {
            throw new ScriptException(file + ": '" + list + "' must be a list of operations, not " + Fields.typeName(items));
        }
        for (int i = 0; i < operations.size(); i++) {
            String where = file + ": " + list + " operation " + (i + 1);
            Object item = operations.get(i);
            if (!(item instanceof Map<?, ?> map) || map.size() != 1) {
                throw new ScriptException(where + ": must be a mapping with one key, the operation (" + String.join(", ", NAMES) + ")");
            }
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            String name = String.valueOf(entry.getKey());
            try {
                for (Operation operation : operation(name, entry.getValue())) {
                    recorder.record(operation);
                }
            } catch (Fields.FieldException e) {
                throw new ScriptException(where + " (" + name + "), key '" + e.key() + "': " + e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ScriptException(where + " (" + name + "): " + e.getMessage());
            }
        }
    }

    private static Map<?, ?> document(Path file) {
        try {
            Object tree = StructuredText.read(file);
            return tree instanceof Map<?, ?> map ? map : Map.of();
        } catch (DocumentException e) {
            throw new ScriptException(file + ": not valid " + (file.toString().endsWith(".json") ? "JSON" : "YAML") + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Operation> operation(String name, Object value) {
        return switch (name) {
            case "create_table" -> List.of(createTable(Fields.of(value, "", DeclarativeTables.tableKeys())));
            case "drop_table" -> List.of(dropTable(value));
            case "rename_table" -> List.of(renameTable(fields(value, "table", "new_name")));
            case "set_table_comment" -> List.of(tableComment(fields(value, "table", "comment")));
            case "add_column" -> List.of(addColumn(fields(value, "table", "column", "if_not_exists")));
            case "drop_column" -> List.of(dropColumn(fields(value, "table", "column", "if_exists")));
            case "alter_column" -> AlterColumns.read(Fields.of(value, "", AlterColumns.KEYS));
            case "create_index" -> List.of(createIndex(fields(value, "table", "name", "columns", "unique", "where",
                    "if_not_exists", "concurrently")));
            case "drop_index" -> List.of(dropIndex(fields(value, "table", "name", "if_exists", "concurrently")));
            case "create_primary_key" -> List.of(constraint(fields(value, "table", "name", "columns"), "pk"));
            case "create_unique_constraint" -> List.of(constraint(fields(value, "table", "name", "columns"), "uq"));
            case "create_foreign_key" -> List.of(constraint(Fields.of(value, "", DeclarativeTables.ForeignKeys.KEYS), "fk"));
            case "create_check_constraint" -> List.of(constraint(fields(value, "table", "name", "condition"), "ck"));
            case "drop_constraint" -> List.of(dropConstraint(fields(value, "table", "name", "type", "if_exists")));
            case "execute" -> List.of(execute(value));
            case "batch_alter_table" -> List.of(batch(fields(value, "table", "recreate", "operations")));
            default -> List.of(DeclarativeData.read(name, value));
        };
    }

    static Fields fields(Object value, String... keys) {
        return Fields.of(value, "", Set.of(keys));
    }

    private static Operation createTable(Fields f) {
        return new CreateTable(DeclarativeTables.table(f), f.bool("if_not_exists", false));
    }

    private static Operation dropTable(Object value) {
        if (!(value instanceof Map)) {
            return new DropTable(TableNames.parse(value == null ? null : value.toString()), false);
        }
        Fields f = fields(value, "name", "if_exists");
        return new DropTable(f.table("name"), f.bool("if_exists", false));
    }

    private static Operation renameTable(Fields f) {
        return new RenameTable(f.table("table"), f.string("new_name"));
    }

    private static Operation tableComment(Fields f) {
        return new SetTableComment(f.table("table"), f.optionalString("comment"));
    }

    private static Operation addColumn(Fields f) {
        return new AddColumn(f.table("table"), DeclarativeTables.column(f.raw("column"), "column"),
                f.bool("if_not_exists", false));
    }

    private static Operation dropColumn(Fields f) {
        return new DropColumn(f.table("table"), f.string("column"), f.bool("if_exists", false));
    }

    private static Operation createIndex(Fields f) {
        return new CreateIndex(f.table("table"), DeclarativeTables.index(f), f.bool("if_not_exists", false),
                f.bool("concurrently", false));
    }

    private static Operation dropIndex(Fields f) {
        return new DropIndex(f.table("table"), f.string("name"), f.bool("if_exists", false), f.bool("concurrently", false));
    }

    private static Operation constraint(Fields f, String kind) {
        return new AddConstraint(f.table("table"), switch (kind) {
            case "pk" -> new dev.migrate.api.schema.Constraint.PrimaryKey(f.optionalString("name"), f.strings("columns"));
            case "uq" -> DeclarativeTables.unique(f);
            case "fk" -> DeclarativeTables.foreignKey(f);
            default -> DeclarativeTables.check(f);
        });
    }

    private static Operation dropConstraint(Fields f) {
        String type = f.string("type");
        ConstraintKind kind = switch (type.toLowerCase(Locale.ROOT)) {
            case "primary_key", "primary" -> ConstraintKind.PRIMARY_KEY;
            case "unique" -> ConstraintKind.UNIQUE;
            case "foreign_key", "foreignkey" -> ConstraintKind.FOREIGN_KEY;
            case "check" -> ConstraintKind.CHECK;
            default -> throw new Fields.FieldException("type", "must be primary_key, unique, foreign_key or check, not '"
                    + type + "'");
        };
        return new DropConstraint(f.table("table"), f.string("name"), kind, f.bool("if_exists", false));
    }

    /** {@code batch_alter_table: {table: t, recreate: auto, operations: [...]}}; the operations may leave out {@code table}. */
    private static Operation batch(Fields f) {
        String table = f.string("table");
        String recreate = f.optionalString("recreate").orElse("auto");
        BatchAlterTable.Recreate mode = switch (recreate.toLowerCase(Locale.ROOT)) {
            case "auto" -> BatchAlterTable.Recreate.AUTO;
            case "always" -> BatchAlterTable.Recreate.ALWAYS;
            case "never" -> BatchAlterTable.Recreate.NEVER;
            default -> throw new Fields.FieldException("recreate", "must be auto, always or never, not '" + recreate + "'");
        };
        if (!(f.raw("operations") instanceof List<?> items)) {
            throw new Fields.FieldException("operations", "must be a list of operations on " + table);
        }
        List<Operation> operations = new java.util.ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map) || map.size() != 1 || !(map.values().iterator().next() instanceof Map<?, ?> body)) {
                throw new Fields.FieldException("operations", "each item must be a mapping with one key, the operation,"
                        + " such as '- alter_column: {column: c, type: text}'");
            }
            String name = String.valueOf(map.keySet().iterator().next());
            if (!BATCHABLE.contains(name)) {
                throw new Fields.FieldException("operations", "a batch holds only " + String.join(", ", BATCHABLE)
                        + ", not " + name);
            }
            Map<Object, Object> withTable = new LinkedHashMap<>(body);
            withTable.putIfAbsent("table", table);
            operations.addAll(operation(name, withTable));
        }
        return new BatchAlterTable(TableNames.parse(table), mode, operations);
    }

    private static Operation execute(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return new ExecuteSql(value == null ? null : value.toString(), Map.of());
        }
        Map<String, String> perDialect = new LinkedHashMap<>();
        map.forEach((dialect, sql) -> {
            if (!"sql".equals(dialect)) {
                perDialect.put(String.valueOf(dialect), String.valueOf(sql));
            }
        });
        Object sql = map.get("sql");
        if (sql == null || sql instanceof Map || sql instanceof List) {
            throw new Fields.FieldException("sql", "is required: the SQL for every dialect not named beside it");
        }
        return new ExecuteSql(sql.toString(), perDialect);
    }

}
