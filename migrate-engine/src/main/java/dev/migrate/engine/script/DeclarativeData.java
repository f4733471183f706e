package dev.migrate.engine.script;

import dev.migrate.api.operation.BulkInsert;
import dev.migrate.api.operation.DeleteRows;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.SqlExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data operations of declarative revisions: {@code bulk_insert}, {@code update}, {@code delete}, {@code insert}. */
final class DeclarativeData {

    private DeclarativeData() {
    }

    static Operation read(String name, Object value) {
        return switch (name) {
            case "bulk_insert" -> bulkInsert(DeclarativeOperations.fields(value, "table", "rows"));
            case "update" -> {
                Fields f = DeclarativeOperations.fields(value, "table", "set", "where");
                yield new UpdateRows(f.table("table"), expressions(f, "set"), f.expression("where"));
            }
            case "delete" -> {
                Fields f = DeclarativeOperations.fields(value, "table", "where");
                yield new DeleteRows(f.table("table"), f.expression("where"));
            }
            case "insert" -> {
                Fields f = DeclarativeOperations.fields(value, "table", "values");
                Map<String, SqlExpression> values = expressions(f, "values");
                yield new InsertRows(f.table("table"), List.copyOf(values.keySet()), List.copyOf(values.values()));
            }
            default -> throw new IllegalArgumentException("unknown operation '" + name + "'; known operations: "
                    + String.join(", ", DeclarativeOperations.NAMES));
        };
    }

    private static Map<String, SqlExpression> expressions(Fields f, String key) {
        Map<String, SqlExpression> result = new LinkedHashMap<>();
        f.expressions(key).forEach((column, sql) -> result.put(column, SqlExpression.of(sql)));
        return result;
    }

    /** Rows as mappings of column to literal value; every row names the same columns in the same order. */
    private static Operation bulkInsert(Fields f) {
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        List<Object> items = f.list("rows");
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> row)) {
                throw new Fields.FieldException("rows[" + i + "]", "must be a mapping of column to value, not "
                        + Fields.typeName(items.get(i)));
            }
            List<String> names = row.keySet().stream().map(String::valueOf).toList();
            if (i == 0) {
                columns.addAll(names);
            } else if (!names.equals(columns)) {
                throw new Fields.FieldException("rows[" + i + "]", "has columns " + names + " but the first row has "
                        + columns + "; every row names the same columns in the same order");
            }
            rows.add(new ArrayList<>(row.values()));
        }
        return new BulkInsert(f.table("table"), columns, rows);
    }
}
