package dev.migrate.dialect.common;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectCapabilities;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Base of the built-in dialects: ANSI SQL behaviour that a concrete dialect overrides only where
 * its database differs.
 */
public abstract class AnsiDialect implements Dialect {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String name;
    private final DialectCapabilities capabilities;

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
