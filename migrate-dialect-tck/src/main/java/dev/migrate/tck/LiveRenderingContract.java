package dev.migrate.tck;

import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.partialIndex;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.schema.ColumnTypes.BIGINT;
import static dev.migrate.api.schema.ColumnTypes.BINARY;
import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.DATE;
import static dev.migrate.api.schema.ColumnTypes.DOUBLE;
import static dev.migrate.api.schema.ColumnTypes.FLOAT;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.JSON;
import static dev.migrate.api.schema.ColumnTypes.SMALLINT;
import static dev.migrate.api.schema.ColumnTypes.TEXT;
import static dev.migrate.api.schema.ColumnTypes.TIME;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP_TZ;
import static dev.migrate.api.schema.ColumnTypes.UUID;
import static dev.migrate.api.schema.ColumnTypes.enumOf;
import static dev.migrate.api.schema.ColumnTypes.numeric;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.operation.AddColumn;
import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.AlterColumn;
import dev.migrate.api.operation.ColumnChange;
import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropColumn;
import dev.migrate.api.operation.DropConstraint;
import dev.migrate.api.operation.DropIndex;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.operation.RenameTable;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.ConstraintKind;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Contract every dialect module runs against its live database: rendered DDL for every column
 * type, index and constraint executes, later changes show in the JDBC catalog. A dialect module
 * extends it and annotates the subclass with {@link UsesDatabase}.
 */
public abstract class LiveRenderingContract {

    private static final QualifiedName PARENT = QualifiedName.of("parent");
    private static final QualifiedName THINGS = QualifiedName.of("things");

    /** The name the module's dialect provider reports. */
    protected abstract String dialectName();

    /** Whether the database changes columns and constraints in place (SQLite needs a rebuild). */
    protected boolean altersInPlace() {
        return true;
    }

    /** Whether the database has partial indexes (MySQL does not). */
    protected boolean partialIndexes() {
        return true;
    }

    @Test
    void everyColumnTypeIndexAndConstraintReachesTheCatalog(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            SchemaModel schema = createParentAndThings(c);
            assertEquals(List.of("id", "small", "big", "flag", "name", "body", "price", "ratio", "score", "born", "alarm",
                    "seen", "seen_tz", "doc", "token", "data", "mood", "parent_id", "Order"), columns(c, "things"));
            assertEquals(List.of("parent_id"), importedKeyColumns(c, "things"));
            assertEquals(Set.of("name"), uniqueColumns(c, "things"));
            Set<String> expectedIndexes = new TreeSet<>(Set.of("ix_things_born"));
            if (partialIndexes()) {
                expectedIndexes.add("ix_things_live");
            }
            assertEquals(expectedIndexes, indexes(c, "things", expectedIndexes));
            assertEquals(false, nullable(c, "things", "name"));

            run(c, schema, new AddColumn(THINGS, column("extra", varchar(10)).serverDefault("'x'"), false));
            run(c, schema, new AlterColumn(THINGS, "extra", new ColumnChange.Rename("extra2")));
            assertEquals(true, columns(c, "things").contains("extra2"));
            run(c, schema, new DropColumn(THINGS, "extra2", false));
            assertEquals(false, columns(c, "things").contains("extra2"));
            run(c, schema, new DropIndex(THINGS, "ix_things_born", false, false));
            assertEquals(Set.of(), indexes(c, "things", Set.of("ix_things_born")));
            if (altersInPlace()) {
                alterInPlace(c, schema);
            }
            TableDef stuff = schema.table(THINGS).orElseThrow();
            run(c, schema, new RenameTable(THINGS, "stuff"));
            schema = schema.without(THINGS).with(new TableDef(QualifiedName.of("stuff"), stuff.columns(), List.of(),
                    List.of(), Optional.empty()));
            run(c, schema, new DropTable(QualifiedName.of("stuff"), false));
            assertEquals(List.of(), columns(c, "stuff"));
        }
    }

    private void alterInPlace(Connection c, SchemaModel schema) throws SQLException {
        run(c, schema, new AlterColumn(THINGS, "body", new ColumnChange.SetNullable(false)));
        assertEquals(false, nullable(c, "things", "body"));
        run(c, schema, new AlterColumn(THINGS, "small", new ColumnChange.SetType(INTEGER, Optional.empty())));
        run(c, schema, new AlterColumn(THINGS, "ratio", new ColumnChange.SetDefault(SqlExpression.of("1.5"))));
        run(c, schema, new AlterColumn(THINGS, "price", new ColumnChange.DropDefault()));
        run(c, schema, new AlterColumn(THINGS, "score", new ColumnChange.SetComment(Optional.of("It's a score"))));
        run(c, schema, new DropConstraint(THINGS, "fk_things_parent", ConstraintKind.FOREIGN_KEY, false));
        assertEquals(List.of(), importedKeyColumns(c, "things"));
        run(c, schema, new DropConstraint(THINGS, "uq_things_name", ConstraintKind.UNIQUE, false));
        run(c, schema, new AddConstraint(THINGS, unique("uq_things_token", "token")));
        assertEquals(Set.of("token"), uniqueColumns(c, "things"));
        run(c, schema, new AddConstraint(THINGS, check("ck_things_ratio", "ratio < 100")));
        run(c, schema, new DropConstraint(THINGS, "ck_things_ratio", ConstraintKind.CHECK, false));
    }

    private SchemaModel createParentAndThings(Connection c) throws SQLException {
        TableDef parent = new TableDef(PARENT, List.of(column("id", BIGINT).notNull().autoincrementing()),
                List.of(primaryKey("id")), List.of(), Optional.empty());
        TableDef things = new TableDef(THINGS, thingsColumns(), List.of(primaryKey("id"), unique("uq_things_name", "name"),
                foreignKey("parent_id").references("parent", "id").onDelete(Constraint.ReferentialAction.CASCADE)
                        .withName("fk_things_parent"), check("ck_things_price", "price >= 0")),
                List.of(), Optional.of("Things of every type"));
        run(c, SchemaModel.empty(), new CreateTable(parent, false));
        SchemaModel schema = SchemaModel.empty().with(parent);
        run(c, schema, new CreateTable(things, false));
        schema = schema.with(things);
        run(c, schema, new CreateIndex(THINGS, index("ix_things_born", "born", "id"), false, false));
        if (partialIndexes()) {
            run(c, schema, new CreateIndex(THINGS, partialIndex("ix_things_live", "body IS NOT NULL", "name"), true, false));
        }
        return schema;
    }

    private static List<ColumnDef> thingsColumns() {
        return List.of(column("id", INTEGER).notNull(), column("small", SMALLINT), column("big", BIGINT),
                column("flag", BOOLEAN).notNull().serverDefault("TRUE"), column("name", varchar(50)).notNull().comment("Name"),
                column("body", TEXT), column("price", numeric(10, 2)).serverDefault("0"), column("ratio", FLOAT),
                column("score", DOUBLE), column("born", DATE), column("alarm", TIME),
                column("seen", TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"), column("seen_tz", TIMESTAMP_TZ),
                column("doc", JSON), column("token", UUID), column("data", BINARY),
                column("mood", enumOf("mood_kind", "sad", "happy")), column("parent_id", BIGINT), column("Order", INTEGER));
    }

    /** Renders {@code operation} on {@code before} with this module's dialect and executes it. */
    protected final void run(Connection c, SchemaModel before, Operation operation) throws SQLException {
        for (var statement : Rendering.dialect(dialectName()).render(operation, before)) {
            try (java.sql.Statement s = c.createStatement()) {
                s.setEscapeProcessing(false);
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + " [" + statement.sql() + "]", e);
            }
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private static boolean nullable(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, column)) {
            rs.next();
            return rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
        }
    }

    private static List<String> importedKeyColumns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                names.add(rs.getString("FKCOLUMN_NAME"));
            }
        }
        return names;
    }

    /** The columns of single-column unique indexes other than the primary key's. */
    private static Set<String> uniqueColumns(Connection c, String table) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, true, false)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (column != null && !column.equals("id") && !rs.getBoolean("NON_UNIQUE")) {
                    found.add(column);
                }
            }
        }
        return found;
    }

    /** Which of {@code wanted} the catalog lists as indexes of the table. */
    private static Set<String> indexes(Connection c, String table, Set<String> wanted) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null && wanted.contains(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
