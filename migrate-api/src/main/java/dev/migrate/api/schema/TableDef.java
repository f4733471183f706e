package dev.migrate.api.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in order, constraints, indexes and comment.
 */
public record TableDef(QualifiedName name, List<ColumnDef> columns, List<Constraint> constraints, List<IndexDef> indexes,
        Optional<String> comment) {

    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * The table made of {@code elements}, columns and constraints in their order, without indexes.
     *
     * @param what how the caller names the table in an error ({@code "table t"}, {@code "createTable t"})
     */
    public static TableDef of(QualifiedName name, Optional<String> comment, List<? extends TableElement> elements,
            String what) {
        List<ColumnDef> columns = new java.util.ArrayList<>();
        List<Constraint> constraints = new java.util.ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof ColumnDef column) {
                columns.add(column);
            } else if (element instanceof Constraint constraint) {
                constraints.add(constraint);
            } else {
                throw new IllegalArgumentException(what + ": a null column or constraint");
            }
        }
        return new TableDef(name, columns, constraints, List.of(), comment);
    }

    /** The column named {@code column}, if the table has it. */
    public Optional<ColumnDef> column(String column) {
        for (ColumnDef c : columns) { // a loop: replay asks this for every column an operation names
            if (c.name().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** This table with {@code newIndexes} added. */
    public TableDef withIndexes(IndexDef... newIndexes) {
        List<IndexDef> all = new java.util.ArrayList<>(indexes);
        all.addAll(List.of(newIndexes));
        return new TableDef(name, columns, constraints, all, comment);
    }

    /** This table with a comment. */
    public TableDef withComment(String text) {
        return new TableDef(name, columns, constraints, indexes, Optional.of(text));
    }

    /** The primary key, if the table has one. */
    public Optional<Constraint.PrimaryKey> primaryKey() {
        return constraints.stream().filter(Constraint.PrimaryKey.class::isInstance)
                .map(Constraint.PrimaryKey.class::cast).findFirst();
    }
}
