package dev.migrate.api.schema;

/** Something a table is made of, as {@code createTable} takes it: a column or a constraint. */
public sealed interface TableElement permits ColumnDef, Constraint {
}
