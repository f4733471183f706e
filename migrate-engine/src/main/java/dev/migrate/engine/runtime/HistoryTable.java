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

    private static final String COLUMNS =
            " (installed_rank, revision, direction, checksum, duration_ms, applied_at, applied_by, success)";

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
        long rank = lastRank(connection) + 1;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + qualifiedName() + COLUMNS
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
        /** {@code INSERT INTO table (columns)}. */
        private final String into;
        private final String insert;
        private final String insertNext;
        private final String fromTable;
        private final Map<Object, String> literals = new HashMap<>();

        private LiteralAppend(Function<Object, String> literal) {
            this.literal = literal;
            this.into = "INSERT INTO " + qualifiedName() + COLUMNS;
            this.insert = into + " VALUES ";
            this.insertNext = into + " SELECT COALESCE(MAX(installed_rank), 0) + 1, ";
            this.fromTable = " FROM " + qualifiedName();
        }

        /**
         * The statement that appends {@code entry}: with its rank when it has one (above 0; the
         * caller knows the table's last rank, under the run lock), else the next rank the table
         * gives. The time is the JVM's local time, as a bound {@code Timestamp} stores it.
         */
        public String sql(Entry entry) {
            return sql(entry, Long.toString(entry.durationMillis()));
        }

        /** {@link #sql(Entry)} with the duration the value of the SQL expression {@code durationSql}. */
        public String sql(Entry entry, String durationSql) {
            if (entry.rank() <= 0) {
                StringBuilder sql = new StringBuilder(insertNext);
                values(sql, entry, durationSql);
                return sql.append(fromTable).toString();
            }
            return sql(List.of(entry), durationSql);
        }

        /** One statement that appends {@code entries}, each with its rank (above 0), as a multi-row {@code INSERT}. */
        public String sql(List<Entry> entries) {
            return sql(entries, null);
        }

        private String sql(List<Entry> entries, String durationSql) {
            StringBuilder sql = new StringBuilder(insert);
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry.rank() <= 0) {
                    throw new IllegalArgumentException("a history row appended with others needs its rank: " + entry);
                }
                sql.append(i == 0 ? "(" : ", (").append(entry.rank()).append(", ");
                values(sql, entry, durationSql == null ? Long.toString(entry.durationMillis()) : durationSql);
                sql.append(')');
            }
            return sql.toString();
        }

        /**
         * The {@code INSERT} of one row with its values as {@code ?} parameters but the duration,
         * the value of {@code durationSql}: prepared once, run with {@link #arguments}.
         */
        public String parameterised(String durationSql) {
            return insert + "(?, ?, ?, ?, " + durationSql + ", ?, ?, ?)";
        }

        /**
         * Like {@link #parameterised}, as an {@code INSERT ... SELECT} that inserts only where
         * {@code condition} holds; its own {@code ?} parameters follow the row's.
         */
        public String parameterisedWhere(String durationSql, String condition) {
            return into + " SELECT ?, ?, ?, ?, " + durationSql + ", ?, ?, ? WHERE " + condition;
        }

        /** The literals for {@link #parameterised}: {@code entry}'s values but its duration; its rank must be above 0. */
        public List<String> arguments(Entry entry) {
            if (entry.rank() <= 0) {
                throw new IllegalArgumentException("a history row run as a prepared statement needs its rank: " + entry);
            }
            return List.of(Long.toString(entry.rank()), literal.apply(entry.revision()), direction(entry),
                    literal.apply(entry.checksum()), appliedAt(entry), appliedBy(entry), entry.success() ? "1" : "0");
        }

        private void values(StringBuilder sql, Entry entry, String durationSql) {
            sql.append(literal.apply(entry.revision())).append(", ").append(direction(entry)).append(", ")
                    .append(literal.apply(entry.checksum())).append(", ").append(durationSql).append(", ")
                    .append(appliedAt(entry)).append(", ").append(appliedBy(entry)).append(", ")
                    .append(entry.success() ? 1 : 0);
        }

        private String direction(Entry entry) {
            return shared(entry.direction().name().toLowerCase(Locale.ROOT));
        }

        private String appliedAt(Entry entry) {
            return shared(LocalDateTime.ofInstant(entry.appliedAt(), ZoneId.systemDefault()));
        }

        private String appliedBy(Entry entry) {
            String user = entry.appliedBy();
            return shared(user.length() > USER_LENGTH ? user.substring(0, USER_LENGTH) : user);
        }

        /** The literal of a value many rows share (direction, user, and a batch's time). */
        private String shared(Object value) {
            if (literals.size() > 64) {
                literals.clear();
            }
            return literals.computeIfAbsent(value, literal);
        }
    }

    /** The highest rank in the table, 0 when it is empty. */
    public long lastRank(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(installed_rank) FROM " + qualifiedName())) {
            return rs.next() ? rs.getLong(1) : 0;
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
