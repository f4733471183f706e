import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;

@Revision(id = "20260117_1300", revises = "20260117_1200", message = "Create sys_user table",
          created = "2026-01-17T13:00:00")
class CreateSysUserTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("sys_user",
                column("id", INTEGER).notNull().autoincrementing(),
                column("username", varchar(50)).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("sys_user");
    }
}
