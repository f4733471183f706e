package dev.migrate.api.operation;

import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.QualifiedName;
import java.util.Objects;

/** ALTER TABLE ... DROP CONSTRAINT (MySQL needs the kind). */
public record DropConstraint(QualifiedName table, String name, ConstraintKind kind, boolean ifExists) implements Operation {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Operation.requireName(name, "constraint name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
