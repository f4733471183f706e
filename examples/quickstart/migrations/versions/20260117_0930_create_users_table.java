import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;

@Revision(id = "20260117_0930", revises = {}, message = "Create users table", created = "2026-01-17T09:30:00")
class CreateUsersTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", INTEGER).notNull().autoincrementing(),
                column("email", varchar(255)).notNull(),
                column("username", varchar(50)).notNull(),
                column("hashed_password", varchar(255)).notNull(),
                column("full_name", varchar(255)),
                column("is_active", BOOLEAN).serverDefault("TRUE"),
                column("is_superuser", BOOLEAN).serverDefault("FALSE"),
                column("created_at", TIMESTAMP).notNull(),
                column("updated_at", TIMESTAMP),
                primaryKey("id"));
        op.createIndex("users", uniqueIndex("ix_users_email", "email"));
        op.createIndex("users", uniqueIndex("ix_users_username", "username"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("users", "ix_users_username");
        op.dropIndex("users", "ix_users_email");
        op.dropTable("users");
    }
}
