import dev.migrate.api.*;
import java.util.Map;

@Revision(id = "20260117_1200", revises = "20260117_1145", message = "Migrate user data",
          created = "2026-01-17T12:00:00")
class MigrateUserData implements Migration {

    @Override
    public void upgrade(Operations op) {
        // Portable SQL, rendered per database: CONCAT(first_name, ' ', last_name) on MySQL.
        op.update("users", Map.of("full_name", "first_name || ' ' || last_name"),
                "first_name IS NOT NULL AND last_name IS NOT NULL");
    }

    @Override
    public void downgrade(Operations op) {
        // Data migration cannot be reversed.
    }
}
