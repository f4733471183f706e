package dev.migrate.tck;

import static dev.migrate.api.Schema.column;
import static dev.migrate.api.Schema.primaryKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.api.operation.BulkInsert;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.operation.DeleteRows;
import dev.migrate.api.operation.InsertRows;
import dev.migrate.api.operation.UpdateRows;
import dev.migrate.api.schema.ColumnTypes;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.SqlExpression;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract every dialect module runs against its live database: values written as literals by
 * {@code BulkInsert} and portable expressions in data operations read back exactly.
 */
public abstract class LiteralRoundTripContract {

    private static final int ROWS = 1000;

    /** The name the module's dialect provider reports. */
    protected abstract String dialectName();

    /** Whether text may hold U+0000 (PostgreSQL's cannot). */
    protected boolean textHoldsNul() {
        return true;
    }

    @Test
    void trickyStringsAndBytesRoundTripThroughBulkInsertLiterals(TestDatabase db) throws SQLException {
        Dialect dialect = Rendering.dialect(dialectName());
        List<String> strings = TrickyStrings.generate(ROWS, textHoldsNul());
        List<byte[]> bytes = TrickyStrings.bytes(ROWS);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Arrays.asList(i, strings.get(i), bytes.get(i)));
        }
        QualifiedName table = QualifiedName.of("tricky");
        try (Connection c = db.connect()) {
            execute(c, dialect, new CreateTable(new TableDef(table, List.of(column("id", ColumnTypes.INTEGER).notNull(),
                    column("s", ColumnTypes.TEXT), column("b", ColumnTypes.BINARY)), List.of(primaryKey("id")), List.of(),
                    Optional.empty()), false));
            execute(c, dialect, new BulkInsert(table, List.of("id", "s", "b"), rows));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, s, b FROM tricky ORDER BY id")) {
                for (int i = 0; i < ROWS; i++) {
                    rs.next();
                    assertEquals(i, rs.getInt(1));
                    assertEquals(strings.get(i), rs.getString(2), "row " + i);
                    assertArrayEquals(bytes.get(i), rs.getBytes(3), "row " + i);
                }
            }
        }
    }

    @Test
    void portableExpressionsRunInDataOperations(TestDatabase db) throws SQLException {
        Dialect dialect = Rendering.dialect(dialectName());
        QualifiedName table = QualifiedName.of("people");
        try (Connection c = db.connect()) {
            execute(c, dialect, new CreateTable(new TableDef(table, List.of(column("first_name", ColumnTypes.varchar(20)),
                    column("last_name", ColumnTypes.varchar(20)), column("full_name", ColumnTypes.varchar(50))), List.of(),
                    List.of(), Optional.empty()), false));
            execute(c, dialect, new InsertRows(table, List.of("first_name", "last_name"),
                    List.of(SqlExpression.of("'Ada'"), SqlExpression.of("'O''Love\\lace'"))));
            execute(c, dialect, new UpdateRows(table, Map.of("full_name", SqlExpression.of("first_name || ' ' || last_name")),
                    Optional.of(SqlExpression.of("full_name IS NULL"))));
            assertEquals(List.of("Ada O'Love\\lace"), fullNames(c));
            execute(c, dialect, new DeleteRows(table, Optional.of(SqlExpression.of("first_name = 'Ada'"))));
            assertEquals(List.of(), fullNames(c));
        }
    }

    private static List<String> fullNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT full_name FROM people")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void execute(Connection c, Dialect dialect, dev.migrate.api.operation.Operation operation)
            throws SQLException {
        for (var statement : dialect.render(operation, SchemaModel.empty())) {
            try (Statement s = c.createStatement()) {
                s.setEscapeProcessing(false);
                s.execute(statement.sql());
            }
        }
    }
}
