package dev.migrate.api.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table constraint. An empty name is filled in by the naming convention when it is created. */
public sealed interface Constraint extends TableElement {

    /** The constraint's name, when it has one. */
    Optional<String> name();

    /** Which kind of constraint, for DROP statements that need to know (MySQL). */
    ConstraintKind kind();

    /** A constraint of the same kind under another name. */
    Constraint withName(String newName);

    /** PRIMARY KEY over {@code columns}. */
    record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {
        public PrimaryKey {
            Objects.requireNonNull(name, "name");
            columns = requireColumns(columns, "primary key");
        }

        @Override
        public ConstraintKind kind() {
            return ConstraintKind.PRIMARY_KEY;
        }

        @Override
        public PrimaryKey withName(String newName) {
            return new PrimaryKey(Optional.of(newName), columns);
        }
    }

    /** UNIQUE over {@code columns}. */
    record Unique(Optional<String> name, List<String> columns, Deferrable deferrable) implements Constraint {
        public Unique {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(deferrable, "deferrable");
            columns = requireColumns(columns, "unique constraint");
        }

        @Override
        public ConstraintKind kind() {
            return ConstraintKind.UNIQUE;
        }

        @Override
        public Unique withName(String newName) {
            return new Unique(Optional.of(newName), columns, deferrable);
        }
    }

    /** FOREIGN KEY ({@code columns}) REFERENCES {@code referredTable} ({@code referredColumns}). */
    record ForeignKey(Optional<String> name, List<String> columns, QualifiedName referredTable,
            List<String> referredColumns, Optional<ReferentialAction> onDelete, Optional<ReferentialAction> onUpdate,
            Deferrable deferrable) implements Constraint {
        public ForeignKey {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(referredTable, "referredTable");
            Objects.requireNonNull(onDelete, "onDelete");
            Objects.requireNonNull(onUpdate, "onUpdate");
            Objects.requireNonNull(deferrable, "deferrable");
            columns = requireColumns(columns, "foreign key");
            referredColumns = requireColumns(referredColumns, "foreign key reference");
            if (columns.size() != referredColumns.size()) {
                throw new IllegalArgumentException("Foreign key has " + columns.size() + " column(s) but refers to "
                        + referredColumns.size());
            }
        }

        @Override
        public ConstraintKind kind() {
            return ConstraintKind.FOREIGN_KEY;
        }

        @Override
        public ForeignKey withName(String newName) {
            return new ForeignKey(Optional.of(newName), columns, referredTable, referredColumns, onDelete, onUpdate, deferrable);
        }

        /** This key with an ON DELETE action. */
        public ForeignKey onDelete(ReferentialAction action) {
            return new ForeignKey(name, columns, referredTable, referredColumns, Optional.of(action), onUpdate, deferrable);
        }

        /** This key with an ON UPDATE action. */
        public ForeignKey onUpdate(ReferentialAction action) {
            return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, Optional.of(action), deferrable);
        }

        /** This key, checked at commit or at once. */
        public ForeignKey deferrable(Deferrable when) {
            return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, onUpdate, when);
        }
    }

    /** CHECK ({@code condition}). */
    record Check(Optional<String> name, SqlExpression condition) implements Constraint {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public ConstraintKind kind() {
            return ConstraintKind.CHECK;
        }

        @Override
        public Check withName(String newName) {
            return new Check(Optional.of(newName), condition);
        }
    }

    /** What a foreign key does when the referred row is deleted or updated. */
    enum ReferentialAction {
        CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION");

        private final String sql;

        ReferentialAction(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** Whether checking a constraint may wait until commit (PostgreSQL, SQLite foreign keys). */
    enum Deferrable {
        NOT_DEFERRABLE, DEFERRABLE_INITIALLY_IMMEDIATE, DEFERRABLE_INITIALLY_DEFERRED
    }

    private static List<String> requireColumns(List<String> columns, String what) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("A " + what + " needs at least one column");
        }
        return copy;
    }
}
