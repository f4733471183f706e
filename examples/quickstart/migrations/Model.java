import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.schema;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.table;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.JSON;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.TargetModel;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.SchemaModel;

/**
 * The schema the quickstart wants (the seeds' models): `migrate revision --autogenerate` writes
 * the revision that makes the database match it, and `migrate check` fails while they differ.
 */
class Model implements TargetModel {

    @Override
    public SchemaModel model() {
        return schema(
                table("users",
                        column("id", INTEGER).notNull().autoincrementing(),
                        column("email", varchar(255)).notNull(),
                        column("username", varchar(50)).notNull(),
                        column("hashed_password", varchar(255)).notNull(),
                        column("full_name", varchar(255)),
                        column("is_active", BOOLEAN).serverDefault("TRUE"),
                        column("is_superuser", BOOLEAN).serverDefault("FALSE"),
                        column("created_at", TIMESTAMP).notNull(),
                        column("updated_at", TIMESTAMP),
                        column("avatar_url", varchar(500)),
                        column("first_name", varchar(100)),
                        column("last_name", varchar(100)),
                        primaryKey("id"))
                        .withIndexes(
                                uniqueIndex("ix_users_email", "email"),
                                uniqueIndex("ix_users_username", "username"),
                                index("ix_users_is_active", "is_active")),
                table("api_keys",
                        column("id", INTEGER).notNull().autoincrementing(),
                        column("user_id", INTEGER).notNull(),
                        column("name", varchar(100)).notNull(),
                        column("description", varchar(500)),
                        column("key_hash", varchar(64)).notNull(),
                        column("key_prefix", varchar(12)).notNull(),
                        column("scopes", JSON),
                        column("is_active", BOOLEAN).serverDefault("TRUE"),
                        column("expires_at", TIMESTAMP),
                        column("last_used_at", TIMESTAMP),
                        column("created_at", TIMESTAMP).notNull(),
                        column("updated_at", TIMESTAMP),
                        primaryKey("id"),
                        foreignKey("user_id").references("users", "id").onDelete(ReferentialAction.CASCADE))
                        .withIndexes(
                                index("ix_api_keys_user_id", "user_id"),
                                uniqueIndex("ix_api_keys_key_hash", "key_hash")),
                table("sys_user",
                        column("id", INTEGER).notNull().autoincrementing(),
                        column("username", varchar(50)).notNull(),
                        column("email", varchar(100)),
                        primaryKey("id"))
                        .withIndexes(index("ix_sys_user_email", "email")));
    }
}
