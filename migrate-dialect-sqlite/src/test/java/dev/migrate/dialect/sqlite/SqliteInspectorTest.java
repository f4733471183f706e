package dev.migrate.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.Constraint;
import dev.migrate.api.schema.IndexDef;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.tck.DatabaseKind;
import dev.migrate.tck.InspectorContract;
import dev.migrate.tck.TestDatabase;
import dev.migrate.tck.UsesDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

@UsesDatabase(DatabaseKind.SQLITE)
class SqliteInspectorTest extends InspectorContract {

    @Override
    protected String dialectName() {
        return "sqlite";
    }

    @Override
    protected String currentSchema(Connection c) {
        return "main";
    }

    @Override
    protected boolean comments() {
        return false;
    }

    @Override
    protected boolean integerWidthsDiffer() {
        return false;
    }

    @Test
    void autoincrementNamedKeysDeferrableForeignKeysAndPartialIndexes(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            dropAll(c);
            execute(c, "CREATE TABLE owner (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT, CONSTRAINT uq_owner_code UNIQUE (code))");
            execute(c, "CREATE TABLE ticket (id INTEGER NOT NULL, owner_id INTEGER REFERENCES owner ON DELETE CASCADE,"
                    + " helper_code TEXT, state VARCHAR(6) DEFAULT 'new' CHECK (state IN ('new', 'closed')),"
                    + " \"weird, name\" INT CONSTRAINT ck_weird CHECK (\"weird, name\" > 0),"
                    + " CONSTRAINT pk_ticket PRIMARY KEY (id),"
                    + " CONSTRAINT fk_ticket_helper FOREIGN KEY (helper_code) REFERENCES owner (code)"
                    + " DEFERRABLE INITIALLY DEFERRED)");
            execute(c, "CREATE INDEX ix_ticket_open ON ticket (owner_id) WHERE state <> 'closed'");
            var schema = inspector().inspect(c, InspectionScope.currentSchema(Set.of()));
            assertEquals(List.of("owner", "ticket"), schema.tables().stream().map(t -> t.name().name()).toList(),
                    "sqlite_sequence is SQLite's own");
            TableDef owner = schema.table(QualifiedName.of("owner")).orElseThrow();
            assertTrue(owner.column("id").orElseThrow().autoincrement());
            assertEquals(List.of(new Constraint.PrimaryKey(Optional.empty(), List.of("id")),
                    new Constraint.Unique(Optional.of("uq_owner_code"), List.of("code"), Constraint.Deferrable.NOT_DEFERRABLE)),
                    owner.constraints());

            TableDef ticket = schema.table(QualifiedName.of("ticket")).orElseThrow();
            assertFalse(ticket.column("id").orElseThrow().autoincrement());
            assertEquals(new ColumnType.EnumType("state", List.of("new", "closed")), ticket.column("state").orElseThrow().type());
            assertEquals(List.of(new Constraint.PrimaryKey(Optional.of("pk_ticket"), List.of("id")),
                    new Constraint.ForeignKey(Optional.empty(), List.of("owner_id"), QualifiedName.of("owner"), List.of("id"),
                            Optional.of(Constraint.ReferentialAction.CASCADE), Optional.empty(), Constraint.Deferrable.NOT_DEFERRABLE),
                    new Constraint.ForeignKey(Optional.of("fk_ticket_helper"), List.of("helper_code"), QualifiedName.of("owner"),
                            List.of("code"), Optional.empty(), Optional.empty(), Constraint.Deferrable.DEFERRABLE_INITIALLY_DEFERRED),
                    new Constraint.Check(Optional.of("ck_weird"), SqlExpression.of("\"weird, name\" > 0"))),
                    ticket.constraints().stream().sorted(java.util.Comparator.comparing(k -> k.kind().ordinal())).toList());
            assertEquals(List.of(new IndexDef("ix_ticket_open", List.of("owner_id"), false,
                    Optional.of(SqlExpression.of("state <> 'closed'")))), ticket.indexes());
        }
    }

    @Test
    void defaultsKeepTheirText() {
        assertTrue(same("TRUE", "1"));
        assertTrue(same("'a'", "'a'"));
        assertTrue(same("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"));
        assertFalse(same("'a'", "'A'"));
    }

    private boolean same(String model, String reflected) {
        return inspector().sameDefault(Optional.of(SqlExpression.of(model)), Optional.of(SqlExpression.of(reflected)));
    }
}
