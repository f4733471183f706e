package dev.migrate.api.operation;

import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** ALTER TABLE ... ADD CONSTRAINT: primary key, unique, foreign key or check. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements Operation {

    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
