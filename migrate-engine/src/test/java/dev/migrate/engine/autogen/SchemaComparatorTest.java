package dev.migrate.engine.autogen;

import static dev.migrate.api.Schema.check;
import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.foreignKey;
import static dev.migrate.api.Schema.index;
import static dev.migrate.api.Schema.primaryKey;
import static dev.migrate.api.Schema.schema;
import static dev.migrate.api.Schema.table;
import static dev.migrate.api.Schema.unique;
import static dev.migrate.api.Schema.uniqueIndex;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TEXT;
import static dev.migrate.api.schema.ColumnTypes.enumOf;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.operation.AddConstraint;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DropTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.engine.config.AutogenerateSettings;
import dev.migrate.engine.replay.SchemaReplayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison of a target model with a schema, structurally (the offline path), and the order of its operations. */
class SchemaComparatorTest {

    private static final SchemaComparator ALL = new SchemaComparator(Equivalence.structural(),
            new TableFilter(AutogenerateSettings.defaults(), Set.of("migrate_version", "migrate_version_history")));

    private static TableDef users() {
        return table("users", column("id", INTEGER).notNull(), column("email", varchar(100)).notNull(),
                column("status", enumOf("status", "new", "active")), primaryKey("id").withName("pk_users"),
                unique("uq_users_email", "email"), check("ck_users_id", "id > 0"))
                .withIndexes(index("ix_users_status", "status"));
    }

    @Test
    void identicalSchemasHaveNoDifferences() {
        assertTrue(ALL.compare(schema(users()), schema(users())).isEmpty());
    }

    @Test
    void detectsEachKindOfDifference() {
        TableDef before = users();
        TableDef after = table("users", column("id", INTEGER).notNull(), column("email", varchar(255)),
                column("status", enumOf("status", "new", "active", "gone")).serverDefault("'new'").comment("state"),
                column("bio", TEXT), primaryKey("id").withName("pk_users"), check("ck_users_email", "email <> ''"))
                .withIndexes(uniqueIndex("ix_users_email", "email")).withComment("people");
        SchemaDiff diff = ALL.compare(schema(after), schema(before));
        assertEquals(List.of(
                "removed unique constraint uq_users_email (email) on users",
                "removed check constraint ck_users_id on users",
                "removed index ix_users_status on users",
                "added column users.bio",
                "changed type of users.email: VARCHAR(100) -> VARCHAR(255)",
                "made users.email nullable",
                "changed type of users.status: ENUM status (new, active) -> ENUM status (new, active, gone)",
                "changed server default of users.status: none -> 'new'",
                "changed comment of users.status",
                "changed comment of table users",
                "added check constraint ck_users_email on users",
                "added index ix_users_email on users"), diff.descriptions());
        assertTrue(ALL.compare(schema(after), SchemaReplayer.apply(schema(before), diff.upgrade())).isEmpty(),
                "the upgrade makes the schema match the model");
        assertTrue(ALL.compare(schema(before), SchemaReplayer.apply(SchemaReplayer.apply(schema(before), diff.upgrade()),
                diff.downgrade())).isEmpty(), "the downgrade restores the schema");
    }

    @Test
    void addedAndRemovedTablesAndColumnsWarnThatTheyMayBeRenames() {
        TableDef old = table("people", column("id", INTEGER).notNull(), column("name", TEXT));
        TableDef renamed = table("persons", column("id", INTEGER).notNull(), column("full_name", TEXT));
        SchemaDiff tables = ALL.compare(schema(renamed), schema(old));
        assertEquals(List.of("added table persons", "removed table people"), tables.descriptions());
        assertTrue(tables.changes().get(0).warning().orElseThrow().startsWith("Tables people are dropped and persons created"));
        SchemaDiff columns = ALL.compare(schema(table("people", column("id", INTEGER).notNull(), column("full_name", TEXT))),
                schema(old));
        assertEquals(List.of("added column people.full_name", "removed column people.name"), columns.descriptions());
        assertEquals("Columns name of people are dropped and full_name added: if one was renamed, replace its drop and add "
                + "by op.renameColumn(...), or its data is lost.", columns.changes().get(0).warning().orElseThrow());
    }

    @Test
    void unnamedConstraintsMatchNamedOnesOfTheSameDefinition() {
        TableDef model = table("a", column("id", INTEGER).notNull(), column("b", INTEGER), primaryKey("id"),
                unique(null, "b"), foreignKey("b").references("a", "id"));
        TableDef database = table("a", column("id", INTEGER).notNull(), column("b", INTEGER),
                primaryKey("id").withName("a_pkey"), unique("a_b_key", "b"),
                foreignKey("b").references("a", "id").onDelete(Constraint.ReferentialAction.NO_ACTION).withName("a_b_fkey"));
        assertTrue(ALL.compare(schema(model), schema(database)).isEmpty());
    }

    @Test
    void filtersSkipExcludedTablesAndNeverCompareTheVersionTables() {
        SchemaModel database = schema(table("migrate_version", column("version_num", varchar(32))),
                table("migrate_version_history", column("id", INTEGER)), table("legacy_orders", column("id", INTEGER)),
                table("audit_log", column("id", INTEGER)));
        SchemaComparator filtered = new SchemaComparator(Equivalence.structural(), new TableFilter(
                new AutogenerateSettings(List.of(), List.of("legacy_*"), List.of()),
                Set.of("migrate_version", "migrate_version_history")));
        assertEquals(List.of("removed table audit_log"), filtered.compare(SchemaModel.empty(), database).descriptions());
        SchemaComparator included = new SchemaComparator(Equivalence.structural(), new TableFilter(
                new AutogenerateSettings(List.of("audit_*", "public.x?"), List.of(), List.of()), Set.of("migrate_version")));
        assertEquals(List.of("removed table audit_log"), included.compare(SchemaModel.empty(), database).descriptions());
    }

    @Test
    void aThousandTableForeignKeyChainIsCreatedParentFirstAndDroppedChildFirst() {
        int depth = 1000;
        List<TableDef> tables = new ArrayList<>();
        for (int i = depth - 1; i >= 0; i--) { // children listed before their parents
            List<dev.migrate.api.schema.TableElement> elements = new ArrayList<>(List.of(column("id", INTEGER).notNull(),
                    column("parent_id", INTEGER), primaryKey("id").withName("pk_t" + i)));
            if (i > 0) {
                elements.add(foreignKey("parent_id").references("t" + (i - 1), "id").withName("fk_t" + i));
            }
            tables.add(table("t" + i, elements.toArray(dev.migrate.api.schema.TableElement[]::new)));
        }
        SchemaModel model = SchemaModel.of(tables);
        SchemaDiff diff = ALL.compare(model, SchemaModel.empty());
        List<String> created = diff.upgrade().stream().map(o -> ((CreateTable) o).table().name().name()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            expected.add("t" + i);
        }
        assertEquals(expected, created);
        List<String> dropped = diff.downgrade().stream().map(o -> ((DropTable) o).table().name()).toList();
        assertEquals(JavaScriptBody.reversed(expected), dropped);
        assertEquals(model, SchemaReplayer.apply(SchemaModel.empty(), diff.upgrade()));
        SchemaDiff removal = ALL.compare(SchemaModel.empty(), model);
        assertEquals(JavaScriptBody.reversed(expected), removal.upgrade().stream().map(o -> ((DropTable) o).table().name()).toList());
    }

    @Test
    void aForeignKeyCycleAmongNewTablesIsClosedAfterBothExist() {
        TableDef a = table("a", column("id", INTEGER).notNull(), column("b_id", INTEGER),
                foreignKey("b_id").references("b", "id").withName("fk_a_b"));
        TableDef b = table("b", column("id", INTEGER).notNull(), column("a_id", INTEGER),
                foreignKey("a_id").references("a", "id").withName("fk_b_a"));
        SchemaDiff diff = ALL.compare(schema(a, b), SchemaModel.empty());
        List<Operation> upgrade = diff.upgrade();
        assertEquals(List.of("added table a", "added table b", "added foreign key fk_a_b on a (closes a cycle of new tables)"),
                diff.descriptions());
        assertTrue(upgrade.get(2) instanceof AddConstraint);
        assertTrue(ALL.compare(schema(a, b), SchemaReplayer.apply(SchemaModel.empty(), upgrade)).isEmpty());
    }
}
