package dev.migrate.dialect.common;

import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.ColumnType;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectCapabilities;
import dev.migrate.api.spi.Statement;
import dev.migrate.dialect.common.calcite.ExpressionDialect;
import dev.migrate.dialect.common.calcite.ExpressionRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Base of the built-in dialects: ANSI SQL behaviour that a concrete dialect overrides only where
 * its database differs. DDL comes from {@link #renderer(SchemaModel)}, literals from
 * {@link #literals()}, portable expressions from Calcite through {@link #expressions()}.
 */
public abstract class AnsiDialect implements Dialect {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String name;
    private final DialectCapabilities capabilities;
    private volatile ExpressionRenderer expressions;

    protected AnsiDialect(String name, DialectCapabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public DialectCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String quoteIdentifier(String identifier) {
        boolean plain = PLAIN_IDENTIFIER.matcher(identifier).matches()
                && !reservedWords().contains(identifier.toUpperCase(Locale.ROOT));
        return plain ? identifier : quoteCharacter() + identifier.replace(quoteCharacter(), quoteCharacter() + quoteCharacter())
                + quoteCharacter();
    }

    @Override
    public List<Statement> render(Operation operation, SchemaModel before) {
        return operation.accept(renderer(before));
    }

    @Override
    public String literal(Object value) {
        return literals().literal(value);
    }

    /** The renderer of operations on a schema in state {@code before}; dialects return their subclass. */
    protected AnsiDdlRenderer renderer(SchemaModel before) {
        return new AnsiDdlRenderer(this, before);
    }

    /** How this database writes literal values; dialects return their subclass. */
    protected AnsiLiterals literals() {
        return new AnsiLiterals(name);
    }

    /** Which Calcite dialect unparses portable expressions for this database. */
    protected ExpressionDialect expressionDialect() {
        return ExpressionDialect.ANSI;
    }

    /** The renderer of portable SQL expressions for this database, created once. */
    public final ExpressionRenderer expressions() {
        ExpressionRenderer renderer = expressions;
        if (renderer == null) {
            renderer = new ExpressionRenderer(name, expressionDialect(), this::quoteIdentifier, this::literal);
            expressions = renderer;
        }
        return renderer;
    }

    /**
     * How this dialect spells {@code type} in a column definition ({@code VARCHAR(50)},
     * {@code DATETIME(6)}); an inspector compares a model's type with a reflected one through it.
     */
    public String typeSpelling(ColumnType type) {
        return renderer(SchemaModel.empty()).typeName(type);
    }

    /** The character that delimits a quoted identifier: {@code "} in ANSI SQL. */
    protected String quoteCharacter() {
        return "\"";
    }

    /** Words that must be quoted to be used as identifiers, upper-case. */
    protected Set<String> reservedWords() {
        return ReservedWords.ANSI;
    }

    @Override
    public String toString() {
        return name;
    }
}
