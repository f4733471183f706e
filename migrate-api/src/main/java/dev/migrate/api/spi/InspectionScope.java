package dev.migrate.api.spi;

import java.util.List;
import java.util.Set;

/**
 * What a {@link SchemaInspector} reads.
 *
 * @param schemas the schemas to read; empty reads the connection's current schema only, and the
 *     tables it returns then carry no schema in their names
 * @param excludedTables table names never read (the version and history tables)
 */
public record InspectionScope(List<String> schemas, Set<String> excludedTables) {

    public InspectionScope {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    /** The connection's current schema, without {@code excluded}. */
    public static InspectionScope currentSchema(Set<String> excluded) {
        return new InspectionScope(List.of(), excluded);
    }
}
