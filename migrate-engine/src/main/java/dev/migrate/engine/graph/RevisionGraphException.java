package dev.migrate.engine.graph;

import dev.migrate.api.MigrateException;
import java.util.List;

/**
 * Error raised when the revision scripts do not form a valid graph; it lists every problem found,
 * not only the first.
 */
public final class RevisionGraphException extends MigrateException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED_IN_MESSAGE = 20;

    private final List<String> problems;

    public RevisionGraphException(List<String> problems) {
        super(Kind.REVISION, summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each a one-line sentence, in the order they were found. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        int listed = Math.min(problems.size(), LISTED_IN_MESSAGE);
        String text = problems.size() + " problems in the revision scripts: "
                + String.join("; ", problems.subList(0, listed));
        return listed == problems.size() ? text : text + "; ... and " + (problems.size() - listed) + " more";
    }
}
