package dev.migrate.engine.config;

import java.util.List;

/**
 * What autogenerate and {@code check} compare ({@code autogenerate:} in {@code migrate.yaml}).
 *
 * @param includeTables table-name patterns ({@code *} and {@code ?} wildcards; a pattern with a dot
 *     matches {@code schema.table}) a table must match to be compared; empty compares every table
 * @param excludeTables table-name patterns never compared
 * @param schemas the schemas to compare; empty compares the connection's default schema
 */
public record AutogenerateSettings(List<String> includeTables, List<String> excludeTables, List<String> schemas) {

    public AutogenerateSettings {
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        schemas = List.copyOf(schemas);
    }

    /** Every table of the default schema. */
    public static AutogenerateSettings defaults() {
        return new AutogenerateSettings(List.of(), List.of(), List.of());
    }
}
