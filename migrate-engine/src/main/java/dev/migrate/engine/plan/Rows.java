package dev.migrate.engine.plan;

import dev.migrate.api.MigrateException;
import dev.migrate.engine.graph.RevisionGraph;
import java.util.Collection;
import java.util.List;

/** Checks on the version-table rows and target lists a plan starts from. */
final class Rows {

    private Rows() {
    }

    /** The rows in load order, after refusing unknown revisions and rows that imply each other. */
    static List<String> validated(RevisionGraph graph, Collection<String> rows) {
        List<String> known = graph.currentRows(rows);
        graph.overlap(known).ifPresent(overlap -> {
            throw new MigrateException(MigrateException.Kind.REVISION, "Current revisions overlap: "
                    + overlap.revision() + " descends from " + overlap.ancestor()
                    + ", so the version table should hold only " + overlap.revision()
                    + ". Run 'migrate stamp --purge " + overlap.revision() + "' to repair it.");
        });
        return known;
    }

    static void refuseOverlap(RevisionGraph graph, List<String> revisions, String what) {
        graph.overlap(revisions).ifPresent(overlap -> {
            throw new MigrateException(MigrateException.Kind.REVISION, what + ": " + overlap.revision()
                    + " descends from " + overlap.ancestor() + ". Name only " + overlap.revision() + ".");
        });
    }
}
