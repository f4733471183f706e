package dev.migrate.api;

/**
 * A Java revision script: the schema changes of one revision, applied by {@link #upgrade} and
 * reverted by {@link #downgrade}. Annotate the class with {@link Revision}.
 */
public interface Migration {

    /** Records the operations that apply this revision. */
    void upgrade(Operations op);

    /** Records the operations that revert this revision. */
    void downgrade(Operations op);
}
