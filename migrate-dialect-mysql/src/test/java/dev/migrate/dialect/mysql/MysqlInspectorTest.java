package dev.migrate.dialect.mysql;

import static dev.migrate.api.schema.ColumnTypes.BOOLEAN;
import static dev.migrate.api.schema.ColumnTypes.INTEGER;
import static dev.migrate.api.schema.ColumnTypes.TIMESTAMP;
import static dev.migrate.api.schema.ColumnTypes.enumOf;
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
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

@UsesDatabase(DatabaseKind.MYSQL)
class MysqlInspectorTest extends InspectorContract {

    @Override
    protected String dialectName() {
        return "mysql";
    }

    @Override
    protected String currentSchema(Connection c) throws SQLException {
        return c.getCatalog();
    }

    @Override
    protected boolean partialIndexes() {
        return false;
    }

    @Override
    protected boolean uniqueIndexesAreConstraints() {
        return true;
    }

    @Test
    void tinyintOneEnumsJsonAndTheIndexesBehindForeignKeys(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            dropAll(c);
            execute(c, "CREATE TABLE owner (id INT AUTO_INCREMENT PRIMARY KEY)");
            execute(c, "CREATE TABLE ticket (id INT NOT NULL PRIMARY KEY, done TINYINT(1) NOT NULL DEFAULT 0,"
                    + " state ENUM('new', 'it''s open', 'closed') DEFAULT 'new', owner_id INT, helper_id INT,"
                    + " opened DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6), doc JSON, tiny TINYINT, big_u BIGINT UNSIGNED,"
                    + " CONSTRAINT fk_ticket_owner FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE SET NULL,"
                    + " CONSTRAINT fk_ticket_helper FOREIGN KEY (helper_id) REFERENCES owner (id), reviewer_id INT,"
                    + " FOREIGN KEY (reviewer_id) REFERENCES owner (id),"
                    + " INDEX ix_ticket_helper (helper_id, opened)) COMMENT 'Tickets'");
            TableDef ticket = inspector().inspect(c, InspectionScope.currentSchema(Set.of()))
                    .table(QualifiedName.of("ticket")).orElseThrow();

            assertEquals(BOOLEAN, type(ticket, "done"));
            assertTrue(inspector().sameDefault(Optional.of(SqlExpression.of("FALSE")), ticket.column("done").orElseThrow().serverDefault()));
            assertEquals(new ColumnType.EnumType("state", List.of("new", "it's open", "closed")), type(ticket, "state"));
            assertTrue(inspector().sameType(enumOf("ticket_state", "new", "it's open", "closed"), type(ticket, "state")));
            assertFalse(inspector().sameType(enumOf("ticket_state", "new", "closed"), type(ticket, "state")));
            assertTrue(inspector().sameDefault(Optional.of(SqlExpression.of("'new'")), ticket.column("state").orElseThrow().serverDefault()));
            assertTrue(inspector().sameType(TIMESTAMP, type(ticket, "opened")));
            assertTrue(inspector().sameDefault(Optional.of(SqlExpression.of("CURRENT_TIMESTAMP")),
                    ticket.column("opened").orElseThrow().serverDefault()), "reported as " + ticket.column("opened"));
            assertEquals(new ColumnType.JsonType(), type(ticket, "doc"));
            assertEquals(new ColumnType.RawType("tinyint(4)", Map.of()), type(ticket, "tiny"));
            assertEquals(new ColumnType.RawType("bigint(20) unsigned", Map.of()), type(ticket, "big_u"));
            assertEquals(Optional.of("Tickets"), ticket.comment());
            assertEquals(List.of(), ticket.constraints().stream().filter(Constraint.Check.class::isInstance).toList(),
                    "MariaDB's json_valid check belongs to the JSON type");
            assertEquals(List.of(new IndexDef("ix_ticket_helper", List.of("helper_id", "opened"), false, Optional.empty())),
                    ticket.indexes(), "the indexes MySQL made for fk_ticket_owner and the unnamed key go with the keys");
            assertTrue(inspector().inspect(c, InspectionScope.currentSchema(Set.of())).table(QualifiedName.of("owner"))
                    .orElseThrow().column("id").orElseThrow().autoincrement());
        }
    }

    @Test
    void checkClausesAreReadWithStandardQuotes() {
        assertEquals("(\"price\" >= 0)", MysqlInspector.standardQuotes("(`price` >= 0)"));
        assertEquals("\"odd`name\" = 'a `b` it''s \\' `c`'", MysqlInspector.standardQuotes("`odd``name` = 'a `b` it''s \\' `c`'"));
        assertEquals("\"say \"\"hi\"\"\" IN ('x')", MysqlInspector.standardQuotes("`say \"hi\"` IN ('x')"));
    }

    @Test
    void defaultsAsMariadbReportsThem() {
        assertTrue(same("TRUE", "1"));
        assertTrue(same("CURRENT_TIMESTAMP", "current_timestamp()"));
        assertTrue(same("0", "0.00"));
        assertTrue(same("'it''s'", "'it''s'"));
        assertTrue(same("a + 1", "(`a` + 1)"));
        assertTrue(inspector().sameType(INTEGER, new ColumnType.RawType("int(11)", Map.of())));
        assertFalse(same("'a'", "'b'"));
    }

    private boolean same(String model, String reflected) {
        return inspector().sameDefault(Optional.of(SqlExpression.of(model)), Optional.of(SqlExpression.of(reflected)));
    }

    private static ColumnType type(TableDef table, String column) {
        return table.column(column).orElseThrow().type();
    }
}
