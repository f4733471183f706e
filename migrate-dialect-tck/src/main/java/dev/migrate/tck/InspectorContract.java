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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.operation.CreateIndex;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.api.spi.SchemaInspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contract every dialect's {@link SchemaInspector} runs against its live database: tables made by
 * the dialect's own rendered DDL are read back as they were declared (types and defaults through
 * the inspector's {@code sameType}/{@code sameDefault}), excluded tables are not read, and the
 * number of catalog queries does not grow with the number of tables. A dialect module extends it
 * and annotates the subclass with {@link UsesDatabase}.
 */
public abstract class InspectorContract {

    private static final QualifiedName PARENT = QualifiedName.of("parent");
    private static final QualifiedName THINGS = QualifiedName.of("things");
    private static final Set<String> EXCLUDED = Set.of("migrate_version");

    /** The name the module's dialect provider reports. */
    protected abstract String dialectName();

    /** The connection's current schema as the database names it (an explicit scope uses it). */
    protected abstract String currentSchema(Connection c) throws SQLException;

    /** Whether the database has partial indexes (MySQL does not). */
    protected boolean partialIndexes() {
        return true;
    }

    /** Whether the database keeps table and column comments (SQLite does not). */
    protected boolean comments() {
        return true;
    }

    /** Whether INTEGER and BIGINT are different types (SQLite stores every integer alike). */
    protected boolean integerWidthsDiffer() {
        return true;
    }

    /**
     * Whether the catalog cannot tell a unique index from a unique constraint (MySQL: both are
     * unique indexes), so the inspector reports unique indexes as unique constraints.
     */
    protected boolean uniqueIndexesAreConstraints() {
        return false;
    }

    /** The dialect under test. */
    protected final Dialect dialect() {
        return Rendering.dialect(dialectName());
    }

    /** Its inspector. */
    protected final SchemaInspector inspector() {
        return dialect().inspector().orElseThrow(() -> new AssertionError(dialectName() + " has no inspector"));
    }

    @Test
    void readsBackWhatItsDdlCreated(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            dropAll(c);
            SchemaModel created = createParentAndThings(c);
            execute(c, "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");
            SchemaModel reflected = inspector().inspect(c, InspectionScope.currentSchema(EXCLUDED));
            assertEquals(List.of(PARENT, THINGS), reflected.tables().stream().map(TableDef::name).sorted(
                    java.util.Comparator.comparing(QualifiedName::name)).toList(), "tables (migrate_version excluded)");
            for (TableDef table : created.tables()) {
                assertTable(table, reflected.table(table.name()).orElseThrow());
            }
        }
    }

    @Test
    void anExplicitSchemaQualifiesTheNames(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            dropAll(c);
            run(c, SchemaModel.empty(), new CreateTable(parent(), false));
            String schema = currentSchema(c);
            SchemaModel reflected = inspector().inspect(c, new InspectionScope(List.of(schema), Set.of()));
            TableDef parent = reflected.table(QualifiedName.of(schema, "parent")).orElseThrow(
                    () -> new AssertionError("no " + schema + ".parent in " + reflected));
            assertEquals(List.of("id"), parent.primaryKey().orElseThrow().columns());
        }
    }

    @Test
    void differentTypesAndDefaultsAreChanges() {
        SchemaInspector inspector = inspector();
        assertEquals(integerWidthsDiffer(), !inspector.sameType(INTEGER, BIGINT), "INTEGER and BIGINT differ");
        assertFalse(inspector.sameType(INTEGER, DOUBLE));
        assertFalse(inspector.sameType(varchar(50), varchar(60)));
        assertFalse(inspector.sameType(numeric(10, 2), numeric(12, 2)));
        assertFalse(inspector.sameType(TEXT, INTEGER));
        assertTrue(inspector.sameType(varchar(50), varchar(50)));
        assertFalse(inspector.sameDefault(Optional.of(SqlExpression.of("0")), Optional.of(SqlExpression.of("1"))));
        assertFalse(inspector.sameDefault(Optional.of(SqlExpression.of("'a'")), Optional.of(SqlExpression.of("'b'"))));
        assertFalse(inspector.sameDefault(Optional.of(SqlExpression.of("'a'")), Optional.empty()));
        assertTrue(inspector.sameDefault(Optional.empty(), Optional.empty()));
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheTables(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            dropAll(c);
            SchemaModel schema = SchemaModel.empty();
            List<Integer> counts = new ArrayList<>();
            for (int size : new int[] {2, 20}) {
                while (schema.tables().size() < size) {
                    TableDef table = chained(schema.tables().size());
                    run(c, schema, new CreateTable(table, false));
                    schema = schema.with(table);
                }
                QueryCounter counter = new QueryCounter();
                SchemaModel reflected = inspector().inspect(counter.wrap(c), InspectionScope.currentSchema(Set.of()));
                assertEquals(size, reflected.tables().size());
                counts.add(counter.queries());
            }
            assertEquals(counts.get(0), counts.get(1), "queries for 2 and for 20 tables");
            assertTrue(counts.get(0) <= 6, "at most 6 catalog queries, not " + counts.get(0));
        }
    }

    // The schema

    private static TableDef parent() {
        return new TableDef(PARENT, List.of(column("id", BIGINT).notNull().autoincrementing()), List.of(primaryKey("id")),
                List.of(), Optional.empty());
    }

    private TableDef things() {
        return new TableDef(THINGS, List.of(column("id", INTEGER).notNull(), column("small", SMALLINT), column("big", BIGINT),
                column("flag", BOOLEAN).notNull().serverDefault("TRUE"), column("name", varchar(50)).notNull().comment("Name"),
                column("label", varchar(20)).serverDefault("'new'"), column("qty", INTEGER).serverDefault("-1"),
                column("body", TEXT), column("price", numeric(10, 2)).serverDefault("0"), column("ratio", FLOAT),
                column("score", DOUBLE), column("born", DATE), column("alarm", TIME),
                column("seen", TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"), column("seen_tz", TIMESTAMP_TZ),
                column("doc", JSON), column("token", UUID), column("data", BINARY),
                column("mood", enumOf("mood_kind", "sad", "happy")), column("parent_id", BIGINT), column("Order", INTEGER)),
                List.of(primaryKey("id"), unique("uq_things_name", "name"),
                        foreignKey("parent_id").references("parent", "id").onDelete(Constraint.ReferentialAction.CASCADE)
                                .withName("fk_things_parent"),
                        check("ck_things_price", "price >= 0"), check(null, "qty > -10")),
                List.of(), comments() ? Optional.of("Things of every type") : Optional.empty());
    }

    private SchemaModel createParentAndThings(Connection c) throws SQLException {
        run(c, SchemaModel.empty(), new CreateTable(parent(), false));
        SchemaModel schema = SchemaModel.empty().with(parent());
        run(c, schema, new CreateTable(things(), false));
        List<IndexDef> indexes = new ArrayList<>(List.of(index("ix_things_born", "born", "id")));
        if (partialIndexes()) {
            indexes.add(partialIndex("ix_things_live", "body IS NOT NULL", "name"));
        }
        indexes.add(new IndexDef("ux_things_token", List.of("token"), true, Optional.empty()));
        for (IndexDef index : indexes) {
            run(c, schema, new CreateIndex(THINGS, index, false, false));
        }
        TableDef things = things();
        List<Constraint> constraints = new ArrayList<>(things.constraints());
        if (uniqueIndexesAreConstraints()) {
            indexes.stream().filter(IndexDef::unique).forEach(i -> constraints.add(new Constraint.Unique(Optional.of(i.name()),
                    i.columns(), Constraint.Deferrable.NOT_DEFERRABLE)));
            indexes.removeIf(IndexDef::unique);
        }
        return schema.with(new TableDef(THINGS, things.columns(), constraints, indexes, things.comment()));
    }

    private static TableDef chained(int i) {
        List<Constraint> constraints = new ArrayList<>(List.of(primaryKey("id"), unique("uq_t" + i + "_code", "code")));
        if (i > 0) {
            constraints.add(foreignKey("prev_id").references("t" + (i - 1), "id").withName("fk_t" + i + "_prev"));
        }
        return new TableDef(QualifiedName.of("t" + i), List.of(column("id", INTEGER).notNull(), column("code", varchar(20)),
                column("prev_id", INTEGER)), constraints, List.of(), Optional.empty());
    }

    // Assertions

    private void assertTable(TableDef expected, TableDef actual) {
        String table = expected.name().name();
        assertEquals(expected.columns().stream().map(ColumnDef::name).toList(),
                actual.columns().stream().map(ColumnDef::name).toList(), table + " columns in order");
        for (ColumnDef column : expected.columns()) {
            assertColumn(table, column, actual.column(column.name()).orElseThrow());
        }
        assertEquals(expected.comment(), actual.comment(), table + " comment");
        assertEquals(expected.primaryKey().map(Constraint.PrimaryKey::columns), actual.primaryKey().map(Constraint.PrimaryKey::columns),
                table + " primary key");
        assertEquals(summary(expected.constraints(), Constraint.Unique.class), summary(actual.constraints(), Constraint.Unique.class),
                table + " unique constraints");
        assertEquals(summary(expected.constraints(), Constraint.ForeignKey.class),
                summary(actual.constraints(), Constraint.ForeignKey.class), table + " foreign keys");
        assertChecks(expected, actual);
        assertEquals(expected.indexes().stream().map(InspectorContract::summary).collect(Collectors.toSet()),
                actual.indexes().stream().map(InspectorContract::summary).collect(Collectors.toSet()), table + " indexes");
    }

    private void assertColumn(String table, ColumnDef expected, ColumnDef actual) {
        String where = table + "." + expected.name();
        assertTrue(inspector().sameType(expected.type(), actual.type()), where + ": declared " + expected.type()
                + ", reflected " + actual.type());
        assertEquals(expected.nullable(), actual.nullable(), where + " nullable");
        assertTrue(inspector().sameDefault(expected.serverDefault(), actual.serverDefault()), where + ": default "
                + expected.serverDefault() + ", reflected " + actual.serverDefault());
        assertEquals(expected.autoincrement(), actual.autoincrement(), where + " autoincrement");
        assertEquals(comments() ? expected.comment() : Optional.empty(), actual.comment(), where + " comment");
    }

    /** Checks by name where named; the unnamed one by the columns its condition mentions. */
    private static void assertChecks(TableDef expected, TableDef actual) {
        List<Constraint.Check> checks = actual.constraints().stream().filter(Constraint.Check.class::isInstance)
                .map(Constraint.Check.class::cast).toList();
        long declared = expected.constraints().stream().filter(Constraint.Check.class::isInstance).count();
        assertEquals(declared, checks.size(), actual.name() + " checks: " + checks);
        if (declared == 0) {
            return;
        }
        assertTrue(checks.stream().anyMatch(k -> k.name().equals(Optional.of("ck_things_price"))
                && k.condition().sql().contains("price")), "ck_things_price in " + checks);
        assertTrue(checks.stream().anyMatch(k -> !k.name().equals(Optional.of("ck_things_price"))
                && k.condition().sql().contains("qty")), "the unnamed check on qty in " + checks);
    }

    private static Set<String> summary(List<Constraint> constraints, Class<? extends Constraint> kind) {
        return constraints.stream().filter(kind::isInstance).map(c -> {
            if (c instanceof Constraint.ForeignKey fk) {
                return fk.name().orElse("?") + " " + fk.columns() + " -> " + fk.referredTable() + fk.referredColumns()
                        + " on delete " + fk.onDelete().map(Enum::name).orElse("-") + " " + fk.deferrable();
            }
            Constraint.Unique u = (Constraint.Unique) c;
            return u.name().orElse("?") + " " + u.columns() + " " + u.deferrable();
        }).collect(Collectors.toSet());
    }

    private static String summary(IndexDef index) {
        return index.name() + " " + index.columns() + (index.unique() ? " unique" : "") + index.where().map(w -> " where").orElse("");
    }

    // Running DDL

    /**
     * Drops every table of the current schema, as the inspector sees them, with the dialect's
     * rendered DROP TABLE: the tests of a class share one database.
     */
    protected final void dropAll(Connection c) throws SQLException {
        SchemaModel schema = inspector().inspect(c, InspectionScope.currentSchema(Set.of()));
        while (!schema.tables().isEmpty()) {
            SchemaModel remaining = schema;
            TableDef unreferenced = schema.tables().stream().filter(t -> remaining.tables().stream()
                    .flatMap(other -> other.constraints().stream().filter(Constraint.ForeignKey.class::isInstance)
                            .map(k -> ((Constraint.ForeignKey) k).referredTable()).filter(r -> other != t))
                    .noneMatch(t.name()::equals)).findFirst()
                    .orElseThrow(() -> new AssertionError("Foreign keys in a cycle: " + remaining));
            run(c, schema, new dev.migrate.api.operation.DropTable(unreferenced.name(), false));
            schema = schema.without(unreferenced.name());
        }
    }

    /** Renders {@code operation} on {@code before} with this module's dialect and executes it. */
    protected final void run(Connection c, SchemaModel before, Operation operation) throws SQLException {
        for (var statement : dialect().render(operation, before)) {
            execute(c, statement.sql());
        }
    }

    /** Executes one statement as written. */
    protected static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " [" + sql + "]", e);
        }
    }
}
