package dev.migrate.dialect.postgres;

import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.NamedStatements;
import dev.migrate.api.spi.RunLock;
import dev.migrate.api.spi.SchemaInspector;
import dev.migrate.api.spi.StepGroups;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import dev.migrate.dialect.common.AnsiDialect;
import dev.migrate.dialect.common.AnsiLiterals;
import dev.migrate.dialect.common.ReservedWords;
import dev.migrate.dialect.common.calcite.ExpressionDialect;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL dialect. */
public final class PostgresDialect extends AnsiDialect {

    private static final AnsiLiterals LITERALS = new PostgresLiterals();
    private static final Pattern BATCH_ENTRY = Pattern.compile("Batch entry ([0-9,]+) ");

    public PostgresDialect() {
        super("postgres", new DialectCapabilities(true, true, false, true));
    }

    @Override
    protected AnsiDdlRenderer renderer(SchemaModel before) {
        return new PostgresDdlRenderer(this, before);
    }

    @Override
    protected AnsiLiterals literals() {
        return LITERALS;
    }

    @Override
    protected ExpressionDialect expressionDialect() {
        return ExpressionDialect.POSTGRES;
    }

    @Override
    protected Set<String> reservedWords() {
        return ReservedWords.POSTGRES;
    }

    /**
     * PostgreSQL: inside a transaction pgjdbc marks every entry of a failed batch as failed, so
     * only its message names the entry ("Batch entry 3 ALTER TABLE ... was aborted"; English
     * messages only, the driver translates them per the JVM's locale).
     */
    @Override
    public OptionalInt failedBatchEntry(BatchUpdateException e, int size) {
        Matcher entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        if (entry.lookingAt()) {
            int index = Integer.parseInt(entry.group(1).replace(",", ""));
            if (index < size) {
                return OptionalInt.of(index);
            }
        }
        return super.failedBatchEntry(e, size);
    }

    /** The transaction's start is when its first statement arrived: JDBC sends {@code BEGIN} with it. */
    @Override
    public Optional<String> transactionElapsedMillis() {
        return Optional.of("CAST(EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) * 1000 AS BIGINT)");
    }

    /** Several steps per round trip with a transaction each: {@link PostgresStepGroups}. */
    @Override
    public Optional<StepGroups> stepGroups() {
        return Optional.of(new PostgresStepGroups());
    }

    /** {@code PREPARE name AS sql} with {@code $1 ... $n}, {@code EXECUTE name (...)}, {@code DEALLOCATE name}. */
    @Override
    public Optional<NamedStatements> namedStatements() {
        return Optional.of(new NamedStatements() {
            @Override
            public String prepare(String name, String sql) {
                StringBuilder numbered = new StringBuilder("PREPARE ").append(quoteIdentifier(name)).append(" AS ");
                int parameter = 0;
                for (int i = 0; i < sql.length(); i++) {
                    char c = sql.charAt(i);
                    if (c == '?') {
                        numbered.append('$').append(++parameter);
                    } else {
                        numbered.append(c);
                    }
                }
                return numbered.toString();
            }

            @Override
            public String execute(String name, List<String> arguments) {
                return "EXECUTE " + quoteIdentifier(name) + " (" + String.join(", ", arguments) + ")";
            }

            @Override
            public String deallocate(String name) {
                return "DEALLOCATE " + quoteIdentifier(name);
            }
        });
    }

    /**
     * PostgreSQL: one catalog query, where JDBC metadata takes two to four round trips (the current
     * schema, then the name as given, in lower and in upper case).
     */
    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                + (schema.isPresent() ? "?" : "current_schema()") + " AND tablename IN (?, lower(?), upper(?))")) {
            int index = 1;
            if (schema.isPresent()) {
                s.setString(index++, schema.get());
            }
            for (int i = 0; i < 3; i++) {
                s.setString(index++, table);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Optional<SchemaInspector> inspector() {
        return Optional.of(new PostgresInspector(this));
    }

    @Override
    public Optional<Driver> driver() {
        return Optional.of(new org.postgresql.Driver());
    }

    @Override
    public Optional<RunLock> runLock() {
        return Optional.of(new PostgresRunLock());
    }
}
