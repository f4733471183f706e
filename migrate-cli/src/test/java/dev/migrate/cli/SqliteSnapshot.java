package dev.migrate.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a SQLite database holds, as text to compare: per table (migrate's own history and failure
 * tables left out) its {@code PRAGMA table_info}, {@code index_list} with each index's columns,
 * {@code foreign_key_list}, and every row with each value {@code quote}d (so its storage class shows).
 */
final class SqliteSnapshot {

    private SqliteSnapshot() {
    }

    static String of(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            List<String> tables = column(s, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                    + " 'migrate\\_%' ESCAPE '\\' OR name = 'migrate_version' ORDER BY name");
            StringBuilder text = new StringBuilder();
            for (String table : tables) {
                String t = "'" + table.replace("'", "''") + "'";
                text.append("table ").append(table).append('\n');
                text.append(rows(s, "SELECT * FROM pragma_table_info(" + t + ")", "  column "));
                for (String index : column(s, "SELECT name FROM pragma_index_list(" + t + ") ORDER BY name")) {
                    text.append(rows(s, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(" + t + ") WHERE name = '"
                            + index + "'", "  index ")).append(rows(s, "SELECT group_concat(name, ', ') FROM pragma_index_info('"
                            + index + "')", "    on "));
                }
                text.append(rows(s, "SELECT * FROM pragma_foreign_key_list(" + t + ")", "  foreign key "));
                List<String> columns = column(s, "SELECT 'quote(\"' || name || '\")' FROM pragma_table_info(" + t + ")");
                text.append(rows(s, "SELECT " + String.join(", ", columns) + " FROM \"" + table + "\" ORDER BY rowid", "  row "));
            }
            return text.toString();
        } catch (SQLException e) {
            throw new AssertionError("Cannot read " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The first column of a query's rows. */
    static List<String> column(Statement s, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String rows(Statement s, String query, String prefix) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = s.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                text.append(prefix).append(String.join(" | ", values)).append('\n');
            }
        }
        return text.toString();
    }
}
