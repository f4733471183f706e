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

@Revision(id = "s01", message = "Create authors and books", created = "2026-02-01T10:01:00")
class CreateAuthorsAndBooks implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("authors",
                column("id", INTEGER).notNull().autoincrementing(),
                column("name", varchar(100)).notNull(),
                column("email", varchar(200)),
                column("born", INTEGER),
                primaryKey("id"),
                unique("uq_authors_email", "email"),
                check("ck_authors_born", "born > 1800"));
        op.createIndex("authors", uniqueIndex("ix_authors_name", "name"));
        op.createTable("books",
                column("id", INTEGER).notNull(),
                column("author_id", INTEGER).notNull(),
                column("title", varchar(200)).notNull(),
                column("price", numeric(10, 2)).serverDefault("0"),
                column("pages", INTEGER),
                primaryKey("id"),
                foreignKey("author_id").references("authors", "id").onDelete(ReferentialAction.CASCADE));
        op.createIndex("books", index("ix_books_title", "title"));
        op.createIndex("books", partialIndex("ix_books_cheap", "price < 10", "price"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("books");
        op.dropTable("authors");
    }
}
