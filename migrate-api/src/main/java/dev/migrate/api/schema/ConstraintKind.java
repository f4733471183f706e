package dev.migrate.api.schema;

/** The kinds of table constraint. */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK
}
