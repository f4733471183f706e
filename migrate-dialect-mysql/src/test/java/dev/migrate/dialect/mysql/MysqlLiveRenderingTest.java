package dev.migrate.dialect.mysql;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiveRenderingContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.MYSQL)
class MysqlLiveRenderingTest extends LiveRenderingContract {

    @Override
    protected String dialectName() {
        return "mysql";
    }

    @Override
    protected boolean partialIndexes() {
        return false;
    }
}
