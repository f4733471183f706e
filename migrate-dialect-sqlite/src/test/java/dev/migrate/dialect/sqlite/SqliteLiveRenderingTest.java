package dev.migrate.dialect.sqlite;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiveRenderingContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.SQLITE)
class SqliteLiveRenderingTest extends LiveRenderingContract {

    @Override
    protected String dialectName() {
        return "sqlite";
    }

    @Override
    protected boolean altersInPlace() {
        return false;
    }
}
