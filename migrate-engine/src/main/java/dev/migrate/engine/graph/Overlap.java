package dev.migrate.engine.graph;

/**
 * Two revisions of one request where one descends from the other, so asking for both makes no
 * sense (a version table must not hold both, a target list must not name both).
 *
 * @param revision the descendant
 * @param ancestor the revision it revises or depends on, directly or not
 */
public record Overlap(String revision, String ancestor) {
}
