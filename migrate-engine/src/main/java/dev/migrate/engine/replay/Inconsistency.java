package dev.migrate.engine.replay;

/** What is wrong when an operation does not fit the replayed table; the replayer adds where. */
final class Inconsistency extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the model might just not know about it, because opaque SQL ran earlier. */
    private final boolean missing;

    Inconsistency(String message, boolean missing) {
        super(message, null, false, false);
        this.missing = missing;
    }

    static Inconsistency missing(String message) {
        return new Inconsistency(message, true);
    }

    static Inconsistency conflict(String message) {
        return new Inconsistency(message, false);
    }

    boolean isMissing() {
        return missing;
    }
}
