package dev.migrate.dialect.postgres;

import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.RunLock;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import dev.migrate.dialect.common.AnsiDialect;
import dev.migrate.dialect.common.AnsiLiterals;
import dev.migrate.dialect.common.ReservedWords;
import dev.migrate.dialect.common.calcite.ExpressionDialect;
import java.sql.BatchUpdateException;
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
        super("postgres", new DialectCapabilities(true, true));
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

    @Override
    public Optional<RunLock> runLock() {
        return Optional.of(new PostgresRunLock());
    }
}
