import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.JSON;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;
import dev.migrate.api.schema.Constraint.ReferentialAction;

@Revision(id = "20260117_1000", revises = "20260117_0930", message = "Create api_keys table",
          created = "2026-01-17T10:00:00")
class CreateApiKeysTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("api_keys",
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
                foreignKey("user_id").references("users", "id").onDelete(ReferentialAction.CASCADE));
        op.createIndex("api_keys", index("ix_api_keys_user_id", "user_id"));
        op.createIndex("api_keys", uniqueIndex("ix_api_keys_key_hash", "key_hash"));
    }

    @Override
    public void downgrade(Operations op) {
        // Dropping the table drops its indexes. Dropping ix_api_keys_user_id first would fail on
        // MySQL/MariaDB, where the foreign key on user_id needs an index while it exists.
        op.dropTable("api_keys");
    }
}
