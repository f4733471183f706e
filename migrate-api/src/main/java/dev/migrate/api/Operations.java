package dev.migrate.api;

/**
 * The facade revision scripts call to record schema and data operations.
 *
 * <p>The operations themselves (create table, add column, indexes, constraints, execute, bulk
 * insert, ...) are added by the operations feature; until then a script's {@code upgrade} and
 * {@code downgrade} bodies stay empty and graph commands work on headers alone.
 */
public interface Operations {
}
