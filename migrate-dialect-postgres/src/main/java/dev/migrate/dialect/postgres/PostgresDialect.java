package dev.migrate.dialect.postgres;

import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.RunLock;
import dev.migrate.api.spi.SchemaInspector;
import dev.migrate.dialect.common.AnsiDdlRenderer;
import dev.migrate.dialect.common.AnsiDialect;
import dev.migrate.dialect.common.AnsiLiterals;
import dev.migrate.dialect.common.ReservedWords;
import dev.migrate.dialect.common.calcite.ExpressionDialect;
import java.sql.Driver;
import java.util.Optional;
import java.util.Set;

/** The PostgreSQL dialect. */
public final class PostgresDialect extends AnsiDialect {

    private static final AnsiLiterals LITERALS = new PostgresLiterals();

    public PostgresDialect() {
        super("postgres", new DialectCapabilities(true));
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
