package dev.migrate.dialect.mysql;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiteralRoundTripContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.MYSQL)
class MysqlLiteralRoundTripTest extends LiteralRoundTripContract {

    @Override
    protected String dialectName() {
        return "mysql";
    }
}
