package dev.migrate.engine.plan;

/** Which way a plan moves through the revision graph. */
public enum Direction {
    UPGRADE,
    DOWNGRADE
}
