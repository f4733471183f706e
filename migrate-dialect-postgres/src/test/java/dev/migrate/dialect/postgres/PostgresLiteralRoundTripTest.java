package dev.migrate.dialect.postgres;

import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.LiteralRoundTripContract;
import dev.migrate.tck.UsesDatabase;

@UsesDatabase(DatabaseKind.POSTGRES)
class PostgresLiteralRoundTripTest extends LiteralRoundTripContract {

    @Override
    protected String dialectName() {
        return "postgres";
    }

    @Override
    protected boolean textHoldsNul() {
        return false;
    }
}
