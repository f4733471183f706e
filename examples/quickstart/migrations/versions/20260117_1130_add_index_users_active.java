import static dev.migrate.api.Schema.index;

import dev.migrate.api.*;

@Revision(id = "20260117_1130", revises = "20260117_1100", message = "Add index on users is_active",
          created = "2026-01-17T11:30:00")
class AddIndexUsersActive implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("users", index("ix_users_is_active", "is_active"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("users", "ix_users_is_active");
    }
}
