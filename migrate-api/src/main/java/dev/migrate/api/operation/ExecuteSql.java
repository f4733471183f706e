package dev.migrate.api.operation;

import java.util.Map;

/** Raw SQL, optionally spelled per dialect; opaque to schema replay. */
public record ExecuteSql(String sql, Map<String, String> perDialect) implements Operation {

    public ExecuteSql {
        Operation.requireName(sql, "SQL");
        perDialect = Map.copyOf(perDialect);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
