import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.partialIndex;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.BIGINT;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TEXT;
import static dev.migrate.api.schema.ColumnTypes.numeric;
import static dev.migrate.api.schema.ColumnTypes.varchar;

import dev.migrate.api.*;
import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.schema.Constraint.ReferentialAction;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.SqlExpression;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Revision(id = "s16", revises = "s15", message = "Batch always country", created = "2026-02-01T10:16:00")
class BatchAlwaysCountry implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.batchAlterTable("authors", BatchAlterTable.Recreate.ALWAYS, b -> b.addColumn(column("country", varchar(2))));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("authors", "country");
    }
}
