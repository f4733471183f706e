import static dev.migrate.api.Schema.column;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;

@Revision(id = "20260117_1100", revises = "20260117_1000", message = "Add avatar column to users",
          created = "2026-01-17T11:00:00")
class AddAvatarToUsers implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("avatar_url", varchar(500)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("users", "avatar_url");
    }
}
