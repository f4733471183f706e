package dev.migrate.dialect.sqlite;

import dev.migrate.tck.ConnectionContract;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.SQLITE)
class SqliteConnectionTest extends ConnectionContract {

    @Override
    protected String dialectName() {
        return "sqlite";
    }
}
