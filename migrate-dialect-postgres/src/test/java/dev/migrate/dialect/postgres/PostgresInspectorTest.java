package dev.migrate.dialect.postgres;

import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP_TZ;
import static dev.migrate.api.schema.ColumnTypes.enumOf;
import static dev.migrate.api.schema.ColumnTypes.raw;
import static dev.migrate.api.schema.ColumnTypes.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.InspectorContract;
import dev.migrate.tck.UsesDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

@UsesDatabase(DatabaseKind.POSTGRES)
class PostgresInspectorTest extends InspectorContract {

    @Override
    protected String dialectName() {
        return "postgres";
    }

    @Override
    protected String currentSchema(Connection c) throws SQLException {
        return c.getSchema();
    }

    @Test
    void enumsPartialAndExpressionIndexesSerialAndDeferrableKeys(dev.migrate.tck.TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            dropAll(c);
            execute(c, "CREATE TYPE status AS ENUM ('new', 'open', 'closed')");
            execute(c, "CREATE TABLE owner (id serial PRIMARY KEY, code int4 NOT NULL,"
                    + " CONSTRAINT uq_owner_code UNIQUE (code) DEFERRABLE INITIALLY DEFERRED)");
            execute(c, "CREATE TABLE ticket (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state status NOT NULL"
                    + " DEFAULT 'new', owner_id int4 REFERENCES owner (id) ON UPDATE CASCADE ON DELETE SET NULL"
                    + " DEFERRABLE INITIALLY IMMEDIATE, title varchar(80), opened timestamptz DEFAULT now(), ip inet)");
            execute(c, "CREATE INDEX ix_ticket_open ON ticket (opened) WHERE state <> 'closed'");
            execute(c, "CREATE INDEX ix_ticket_title ON ticket (lower(title))");
            TableDef ticket = inspector().inspect(c, InspectionScope.currentSchema(Set.of()))
                    .table(QualifiedName.of("ticket")).orElseThrow();

            assertEquals(new ColumnType.EnumType("status", List.of("new", "open", "closed")), type(ticket, "state"));
            assertTrue(inspector().sameDefault(Optional.of(SqlExpression.of("'new'")), ticket.column("state").orElseThrow().serverDefault()));
            assertTrue(ticket.column("id").orElseThrow().autoincrement());
            assertEquals(new ColumnType.StringType(80), type(ticket, "title"));
            assertEquals(new ColumnType.RawType("inet", java.util.Map.of()), type(ticket, "ip"));
            assertTrue(inspector().sameType(TIMESTAMP_TZ, type(ticket, "opened")));
            assertTrue(inspector().sameDefault(Optional.of(SqlExpression.of("CURRENT_TIMESTAMP")),
                    ticket.column("opened").orElseThrow().serverDefault()));
            assertEquals(List.of(new Constraint.ForeignKey(Optional.of("ticket_owner_id_fkey"), List.of("owner_id"),
                    QualifiedName.of("owner"), List.of("id"), Optional.of(Constraint.ReferentialAction.SET_NULL),
                    Optional.of(Constraint.ReferentialAction.CASCADE), Constraint.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE)),
                    ticket.constraints().stream().filter(Constraint.ForeignKey.class::isInstance).toList());
            assertEquals(List.of(new IndexDef("ix_ticket_open", List.of("opened"), false,
                    Optional.of(SqlExpression.of("(state <> 'closed'::status)"))),
                    new IndexDef("ix_ticket_title", List.of("lower(title::text)"), false, Optional.empty())), ticket.indexes());

            SchemaModel all = inspector().inspect(c, InspectionScope.currentSchema(Set.of("ticket")));
            TableDef owner = all.table(QualifiedName.of("owner")).orElseThrow();
            assertEquals(List.of(QualifiedName.of("owner")), all.tables().stream().map(TableDef::name).toList());
            ColumnDef id = owner.column("id").orElseThrow();
            assertEquals(List.of(true, Optional.<SqlExpression>empty()), List.of(id.autoincrement(), id.serverDefault()),
                    "serial: autoincrementing, no nextval default");
            assertEquals(List.of(new Constraint.PrimaryKey(Optional.of("owner_pkey"), List.of("id")),
                    new Constraint.Unique(Optional.of("uq_owner_code"), List.of("code"),
                            Constraint.Deferrable.DEFERRABLE_INITIALLY_DEFERRED)), owner.constraints());
            assertEquals(List.of(), owner.indexes(), "indexes backing the key and the unique constraint are left out");
        }
    }

    @Test
    void readsOtherSchemasWithQualifiedNamesAndReferences(dev.migrate.tck.TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            execute(c, "CREATE SCHEMA IF NOT EXISTS sales");
            execute(c, "CREATE TABLE IF NOT EXISTS public.region (id int PRIMARY KEY)");
            execute(c, "CREATE TABLE sales.orders (id int PRIMARY KEY, region_id int REFERENCES public.region (id))");
            SchemaModel sales = inspector().inspect(c, new InspectionScope(List.of("sales"), Set.of()));
            TableDef orders = sales.table(QualifiedName.of("sales", "orders")).orElseThrow();
            assertEquals(1, sales.tables().size());
            assertEquals(QualifiedName.of("public", "region"),
                    ((Constraint.ForeignKey) orders.constraints().get(1)).referredTable());
            SchemaModel current = inspector().inspect(c, InspectionScope.currentSchema(Set.of()));
            assertTrue(current.table(QualifiedName.of("region")).isPresent());
            assertFalse(current.table(QualifiedName.of("orders")).isPresent());
            execute(c, "DROP SCHEMA sales CASCADE");
        }
    }

    @Test
    void typeSpellingsAndDefaultsThatMeanTheSame() {
        var inspector = inspector();
        assertTrue(inspector.sameType(INTEGER, raw("int4")));
        assertTrue(inspector.sameType(raw("character varying(50)"), varchar(50)));
        assertTrue(inspector.sameType(raw("TIMESTAMPTZ"), TIMESTAMP_TZ));
        assertFalse(inspector.sameType(enumOf("status", "new", "open"), enumOf("status", "new", "open", "closed")));
        assertTrue(same("'a'", "'a'::character varying"));
        assertTrue(same("CURRENT_TIMESTAMP", "now()"));
        assertTrue(same("-1", "'-1'::integer"));
        assertTrue(same("1.50", "1.5"));
        assertTrue(same("TRUE", "true"));
        assertTrue(same("lower('X')", "lower(('X'::character varying)::text)"));
        assertTrue(same("state <> 'closed'", "(state <> 'closed'::status)"), "an index predicate as reported");
        assertFalse(same("'a'", "'a '::character varying"));
        assertFalse(same("1", "'1.5'::numeric"));
    }

    private boolean same(String model, String reflected) {
        return inspector().sameDefault(Optional.of(SqlExpression.of(model)), Optional.of(SqlExpression.of(reflected)));
    }

    private static ColumnType type(TableDef table, String column) {
        return table.column(column).orElseThrow().type();
    }
}
