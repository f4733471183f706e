import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;

@Revision(id = "20260117_1330", revises = "20260117_1300", message = "add user email field",
          created = "2026-01-17T13:30:00")
class AddUserEmailField implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("sys_user", column("email", varchar(100)));
        op.createIndex("sys_user", index("ix_sys_user_email", "email"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("sys_user", "ix_sys_user_email");
        op.dropColumn("sys_user", "email");
    }
}
