package dev.migrate.engine.runtime;

import dev.migrate.api.spi.Dialect;
import dev.migrate.engine.plan.Direction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history table beside the version table ({@code <version_table>_history}): one row per step
 * an online run applied, with its direction, checksum, duration, time, user and outcome.
 * {@code installed_rank} orders the rows; {@code success} is 1 or 0 so that every database reads it alike.
 */
public final class HistoryTable {

    /** Length of a SHA-256 checksum in hex. */
    public static final int CHECKSUM_LENGTH = 64;

    private static final int USER_LENGTH = 128;

    private final Dialect dialect;
    private final String name;
    private final Optional<String> schema;

    public HistoryTable(Dialect dialect, String versionTable, Optional<String> schema) {
        this.dialect = dialect;
        this.name = versionTable + "_history";
        this.schema = schema;
    }

    /**
     * One row of the table.
     *
     * @param rank the order in which the rows were written, from 1
     * @param appliedBy the database user, or the operating-system user when the driver names none
     */
    public record Entry(long rank, String revision, Direction direction, String checksum, long durationMillis,
            Instant appliedAt, String appliedBy, boolean success) {

        public Entry {
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(checksum, "checksum");
            Objects.requireNonNull(appliedAt, "appliedAt");
            Objects.requireNonNull(appliedBy, "appliedBy");
        }
    }

    /** The table name as written in SQL. */
    public String qualifiedName() {
        String table = dialect.quoteIdentifier(name);
        return schema.map(s -> dialect.quoteIdentifier(s) + "." + table).orElse(table);
    }

    /** The statement that creates the table. */
    public String createSql() {
        return "CREATE TABLE " + qualifiedName() + " (installed_rank INTEGER NOT NULL, revision VARCHAR("
                + VersionTable.ID_LENGTH + ") NOT NULL, direction VARCHAR(9) NOT NULL, checksum VARCHAR(" + CHECKSUM_LENGTH
                + ") NOT NULL, duration_ms BIGINT NOT NULL, applied_at TIMESTAMP NOT NULL, applied_by VARCHAR(" + USER_LENGTH
                + ") NOT NULL, success SMALLINT NOT NULL, CONSTRAINT " + dialect.quoteIdentifier(name + "_pkc")
                + " PRIMARY KEY (installed_rank))";
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, schema, name);
    }

    /** Creates the table unless it exists. */
    public void ensure(Connection connection) throws SQLException {
        if (!exists(connection)) {
            try (Statement s = connection.createStatement()) {
                s.execute(createSql());
            }
        }
    }

    /** Appends a row (its rank is the next one; {@code entry.rank()} is ignored) in the caller's transaction. */
    public void append(Connection connection, Entry entry) throws SQLException {
        long rank;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(installed_rank) FROM " + qualifiedName())) {
            rank = rs.next() ? rs.getLong(1) + 1 : 1;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + qualifiedName()
                + " (installed_rank, revision, direction, checksum, duration_ms, applied_at, applied_by, success)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, rank);
            s.setString(2, entry.revision());
            s.setString(3, entry.direction().name().toLowerCase(Locale.ROOT));
            s.setString(4, entry.checksum());
            s.setLong(5, entry.durationMillis());
            s.setTimestamp(6, Timestamp.from(entry.appliedAt()));
            String user = entry.appliedBy();
            s.setString(7, user.length() > USER_LENGTH ? user.substring(0, USER_LENGTH) : user);
            s.setInt(8, entry.success() ? 1 : 0);
            s.executeUpdate();
        }
    }

    /**
     * The statements that append rows with their values as {@code literal} writes them, so that
     * they can travel in a batch of plain statements ({@link LiteralAppend#sql}).
     */
    public LiteralAppend literalAppend(Function<Object, String> literal) {
        return new LiteralAppend(literal);
    }

    /** Writes the statements that append rows with literal values; the parts every row shares are written once. */
    public final class LiteralAppend {

        private final Function<Object, String> literal;
        private final String start;
        private final String end;
        private final Map<String, String> strings = new HashMap<>();

        private LiteralAppend(Function<Object, String> literal) {
            this.literal = literal;
            this.start = "INSERT INTO " + qualifiedName()
                    + " (installed_rank, revision, direction, checksum, duration_ms, applied_at, applied_by, success)"
                    + " SELECT COALESCE(MAX(installed_rank), 0) + 1, ";
            this.end = " FROM " + qualifiedName();
        }

        /**
         * The statement that appends {@code entry}, its rank the next one; the time is the JVM's
         * local time, as a bound {@code Timestamp} stores it.
         */
        public String sql(Entry entry) {
            String user = entry.appliedBy().length() > USER_LENGTH ? entry.appliedBy().substring(0, USER_LENGTH)
                    : entry.appliedBy();
            return start + literal.apply(entry.revision()) + ", "
                    + strings.computeIfAbsent(entry.direction().name().toLowerCase(Locale.ROOT), literal::apply) + ", "
                    + literal.apply(entry.checksum()) + ", " + entry.durationMillis() + ", "
                    + literal.apply(LocalDateTime.ofInstant(entry.appliedAt(), ZoneId.systemDefault())) + ", "
                    + strings.computeIfAbsent(user, literal::apply) + ", " + (entry.success() ? 1 : 0) + end;
        }
    }

    /**
     * The checksum of each revision's latest successful upgrade (what the drift check compares),
     * read without the other columns; empty when the table does not exist.
     */
    public Map<String, String> upgradeChecksums(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return Map.of();
        }
        Map<String, String> checksums = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT revision, checksum FROM "
                + qualifiedName() + " WHERE success = 1 AND direction = 'upgrade' ORDER BY installed_rank")) {
            while (rs.next()) {
                checksums.put(rs.getString(1), rs.getString(2));
            }
        }
        return checksums;
    }

    /** Every row, oldest first; empty when the table does not exist. */
    public List<Entry> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT installed_rank, revision, "
                + "direction, checksum, duration_ms, applied_at, applied_by, success FROM " + qualifiedName()
                + " ORDER BY installed_rank")) {
            while (rs.next()) {
                entries.add(new Entry(rs.getLong(1), rs.getString(2),
                        Direction.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getLong(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8) != 0));
            }
        }
        return entries;
    }

    /** Who applies steps on {@code connection}: the database user, else the operating-system user. */
    public static String user(Connection connection) throws SQLException {
        String user = connection.getMetaData().getUserName();
        return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
    }
}
