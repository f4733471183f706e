package dev.migrate.api.spi;

import java.util.List;

/**
 * Statements the database prepares by name in SQL (PostgreSQL's {@code PREPARE}, {@code EXECUTE}
 * and {@code DEALLOCATE}), so that they can travel in statement batches. An online run with a
 * transaction per migration prepares its history row's {@code INSERT} once and executes it in each
 * step's batch: the database neither parses nor plans it again.
 */
public interface NamedStatements {

    /** The statement that prepares {@code sql}, whose parameters are written {@code ?}, as {@code name}. */
    String prepare(String name, String sql);

    /** The statement that runs what {@code name} prepared, with {@code arguments} as SQL literals. */
    String execute(String name, List<String> arguments);

    /** The statement that drops what {@code name} prepared. */
    String deallocate(String name);
}
