package dev.migrate.dialect.postgres;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiveRenderingContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.POSTGRES)
class PostgresLiveRenderingTest extends LiveRenderingContract {

    @Override
    protected String dialectName() {
        return "postgres";
    }
}
