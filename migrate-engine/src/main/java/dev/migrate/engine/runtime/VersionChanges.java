package dev.migrate.engine.runtime;

import dev.migrate.engine.plan.VersionChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Applies planned version-table changes through JDBC. */
public final class VersionChanges {

    private VersionChanges() {
    }

    public static void apply(VersionTable table, Connection connection, List<VersionChange> changes) throws SQLException {
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                table.insert(connection, insert.revision());
            } else if (change instanceof VersionChange.Update update) {
                table.update(connection, update.from(), update.to());
            } else if (change instanceof VersionChange.Delete delete) {
                table.delete(connection, delete.revision());
            }
        }
    }
}
