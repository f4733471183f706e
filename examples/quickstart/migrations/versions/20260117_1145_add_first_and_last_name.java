import static dev.migrate.api.Schema.column;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;

@Revision(id = "20260117_1145", revises = "20260117_1130", message = "Add first and last name to users",
          created = "2026-01-17T11:45:00")
class AddFirstAndLastName implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("first_name", varchar(100)));
        op.addColumn("users", column("last_name", varchar(100)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("users", "last_name");
        op.dropColumn("users", "first_name");
    }
}
