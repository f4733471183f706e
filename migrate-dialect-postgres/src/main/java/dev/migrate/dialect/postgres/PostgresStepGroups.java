package dev.migrate.dialect.postgres;

import dev.migrate.api.spi.StepGroups;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL 14+: {@code client_connection_check_interval} ends a dead client's running statement
 * within a second; the version-table check fails a cast of its message to an integer, the one way
 * plain SQL raises an error with a text of its own.
 */
final class PostgresStepGroups implements StepGroups {

    /** PostgreSQL: invalid_text_representation, which the failed cast raises. */
    private static final String INVALID_TEXT = "22P02";
    private static final String HOLDS = "the version table holds ";
    private static final Pattern MESSAGE = Pattern.compile("\"(" + Pattern.quote(HOLDS) + "\\[[^\\]]*\\])\"");

    @Override
    public String watchClient() {
        return "SET client_connection_check_interval = 1000";
    }

    @Override
    public String unwatchClient() {
        return "RESET client_connection_check_interval";
    }

    @Override
    public String versionRowsAre(String table, String column, String expected) {
        // The CASE, not a constant, keeps the planner from folding the failing cast early.
        String rows = "(SELECT COALESCE(string_agg(" + column + ", ' ' ORDER BY " + column + " COLLATE \"C\"), '') FROM "
                + table + ")";
        return "CAST(CASE WHEN " + rows + " = " + expected + " THEN '1' ELSE '" + HOLDS + "[' || " + rows
                + " || ']' END AS INTEGER) = 1";
    }

    @Override
    public Optional<String> versionRowsFailure(SQLException e) {
        if (!INVALID_TEXT.equals(e.getSQLState())) {
            return Optional.empty();
        }
        Matcher m = MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
