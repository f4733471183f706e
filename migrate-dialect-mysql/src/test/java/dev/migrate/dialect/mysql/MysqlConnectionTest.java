package dev.migrate.dialect.mysql;

import dev.migrate.tck.ConnectionContract;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.MYSQL)
class MysqlConnectionTest extends ConnectionContract {

    @Override
    protected String dialectName() {
        return "mysql";
    }
}
