package dev.migrate.api.operation;

import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Sets (or, when empty, removes) a table comment. */
public record SetTableComment(QualifiedName table, Optional<String> comment) implements Operation {

    public SetTableComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
