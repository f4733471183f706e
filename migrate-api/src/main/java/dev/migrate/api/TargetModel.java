package dev.migrate.api;

import dev.migrate.api.schema.SchemaModel;

/**
 * The schema a project wants, written in Java with the {@link Schema} builders and compared with
 * the database by {@code migrate revision --autogenerate} and {@code migrate check}. The class
 * lives in the migrations folder (named by {@code target_model} in {@code migrate.yaml}), is
 * compiled like revision scripts, and needs a constructor without parameters.
 *
 * <pre>{@code
 * class Model implements TargetModel {
 *     public SchemaModel model() {
 *         return schema(
 *                 table("users", column("id", INTEGER).notNull().autoincrementing(), primaryKey("id"))
 *                         .withIndexes(uniqueIndex("ix_users_email", "email")));
 *     }
 * }
 * }</pre>
 */
public interface TargetModel {

    /** The tables the database should have. */
    SchemaModel model();
}
