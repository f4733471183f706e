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

@Revision(id = "s02", revises = "s01", message = "Seed rows", created = "2026-02-01T10:02:00")
class SeedRows implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("authors", List.of("name", "email", "born"), List.of(
                List.of("Ursula", "ursula@example.com", 1929), Arrays.asList("Iain", null, 1954),
                List.of("Octavia", "octavia@example.com", 1947), List.of("Stanislaw", "stan@example.com", 1921),
                Arrays.asList("Anonymous", null, null), List.of("Removed", "removed@example.com", 1900)));
        op.delete("authors", "name = 'Removed'");
        op.bulkInsert("books", List.of("id", "author_id", "title", "price", "pages"), List.of(
                List.of(1, 1, "The Dispossessed", new BigDecimal("9.99"), 387), List.of(2, 1, "The Lathe of Heaven", 12, 184),
                List.of(3, 2, "Excession", new BigDecimal("8.50"), 451), List.of(4, 3, "Kindred", 15, 264),
                List.of(5, 4, "Solaris", new BigDecimal("7.25"), 204), Arrays.asList(6, 5, "Beowulf", null, 90),
                List.of(7, 2, "Use of Weapons", 11, 411), List.of(8, 3, "Dawn", new BigDecimal("9.50"), 248)));
    }

    @Override
    public void downgrade(Operations op) {
        op.delete("books", "id <= 8");
        op.delete("authors", "id <= 6");
        op.execute("DELETE FROM sqlite_sequence WHERE name = 'authors'");
    }
}
