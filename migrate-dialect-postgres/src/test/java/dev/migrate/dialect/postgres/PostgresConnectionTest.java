package dev.migrate.dialect.postgres;

import dev.migrate.tck.ConnectionContract;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.POSTGRES)
class PostgresConnectionTest extends ConnectionContract {

    @Override
    protected String dialectName() {
        return "postgres";
    }
}
