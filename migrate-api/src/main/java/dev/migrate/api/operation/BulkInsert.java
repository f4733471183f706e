package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/** Inserts literal rows (strings, numbers, booleans, dates and times, UUIDs, byte arrays, null). */
public record BulkInsert(QualifiedName table, List<String> columns, List<List<Object>> rows) implements Operation {

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = rows.stream().map(BulkInsert::row).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " values for " + columns.size() + " columns in " + table);
            }
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    private static List<Object> row(List<Object> values) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
