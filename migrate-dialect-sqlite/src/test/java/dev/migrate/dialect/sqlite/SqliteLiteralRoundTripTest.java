package dev.migrate.dialect.sqlite;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiteralRoundTripContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.SQLITE)
class SqliteLiteralRoundTripTest extends LiteralRoundTripContract {

    @Override
    protected String dialectName() {
        return "sqlite";
    }
}
