package dev.migrate.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectProvider;
import dev.migrate.api.spi.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Fluent check of what dialects render for one operation, whole statements side by side:
 * {@code op(addColumn(...)).before(schema).postgres("ALTER TABLE ...").mysql("...").sqlite("...")}.
 * Dialects are found by name through {@link ServiceLoader}, so the test classpath decides which
 * can be checked.
 */
public final class Rendering {

    private final Operation operation;
    private final SchemaModel before;

    private Rendering(Operation operation, SchemaModel before) {
        this.operation = operation;
        this.before = before;
    }

    /** The operation to render, on an empty schema until {@link #before} says otherwise. */
    public static Rendering op(Operation operation) {
        return new Rendering(operation, SchemaModel.empty());
    }

    /** The same operation rendered on a schema in state {@code schema}. */
    public Rendering before(SchemaModel schema) {
        return new Rendering(operation, schema);
    }

    /** The same operation rendered on a schema holding {@code tables}. */
    public Rendering before(TableDef... tables) {
        SchemaModel schema = SchemaModel.empty();
        for (TableDef table : tables) {
            schema = schema.with(table);
        }
        return before(schema);
    }

    public Rendering postgres(String... statements) {
        return renders("postgres", statements);
    }

    public Rendering mysql(String... statements) {
        return renders("mysql", statements);
    }

    public Rendering sqlite(String... statements) {
        return renders("sqlite", statements);
    }

    /** PostgreSQL renders these statements, each to run outside a transaction. */
    public Rendering postgresOutsideTransaction(String... statements) {
        List<Statement> rendered = dialect("postgres").render(operation, before);
        assertEquals(Arrays.stream(statements).map(Statement::outsideTransaction).toList(), rendered,
                () -> "postgres rendering of " + operation);
        return this;
    }

    public Rendering postgresRefuses(String message) {
        return refuses("postgres", message);
    }

    public Rendering mysqlRefuses(String message) {
        return refuses("mysql", message);
    }

    public Rendering sqliteRefuses(String message) {
        return refuses("sqlite", message);
    }

    /**
     * The dialect named {@code name} renders exactly these statements (their SQL text, as offline
     * scripts hold it), each inside the transaction.
     */
    public Rendering renders(String name, String... statements) {
        List<Statement> rendered = dialect(name).render(operation, before).stream()
                .map(s -> s.transactional() ? Statement.of(s.sql()) : Statement.outsideTransaction(s.sql())).toList();
        assertEquals(Arrays.stream(statements).map(Statement::of).toList(), rendered,
                () -> name + " rendering of " + operation);
        return this;
    }

    /** Every statement the dialect named {@code name} renders runs online as this prepared statement. */
    public Rendering prepared(String name, String parameterized) {
        List<Statement> rendered = dialect(name).render(operation, before);
        assertEquals(Collections.nCopies(rendered.size(), Optional.of(parameterized)),
                rendered.stream().map(s -> s.parameters().map(Statement.Parameters::sql)).toList(),
                () -> name + " prepared form of " + operation);
        return this;
    }

    /** The dialect named {@code name} refuses the operation with exactly this message. */
    public Rendering refuses(String name, String message) {
        MigrateException refusal = assertThrows(MigrateException.class, () -> dialect(name).render(operation, before),
                () -> name + " should refuse " + operation);
        assertEquals(message, refusal.getMessage());
        assertEquals(MigrateException.Kind.REVISION, refusal.kind());
        return this;
    }

    /** The dialect named {@code name}, from the providers on the classpath. */
    public static Dialect dialect(String name) {
        return ServiceLoader.load(DialectProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(DialectProvider::create)
                .orElseThrow(() -> new AssertionError("No dialect named " + name + " on the test classpath"));
    }
}
