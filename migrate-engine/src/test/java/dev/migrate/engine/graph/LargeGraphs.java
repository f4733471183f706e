package dev.migrate.engine.graph;

import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Large generated graphs for tests and {@link GraphBenchmark}: a chain that every {@code period}
 * revisions branches into two chains of equal length that merge again. Ids look like Alembic's
 * (12 hex digits); load order is creation order, as with timestamped file names.
 */
public final class LargeGraphs {

    /** The revisions in load order, and how many branch-and-merge blocks they contain. */
    public record Shape(List<RevisionHeader> revisions, int merges) {

        public String first() {
            return revisions.get(0).id();
        }

        public String last() {
            return revisions.get(revisions.size() - 1).id();
        }
    }

    private LargeGraphs() {
    }

    public static Shape branchAndMerge(int size, int period) {
        List<RevisionHeader> revisions = new ArrayList<>(size);
        int side = (period - 2) / 2;
        String tip = add(revisions, List.of());
        int merges = 0;
        while (revisions.size() < size) {
            if (revisions.size() % period == 1 && size - revisions.size() >= 2 * side + 1) {
                String left = chain(revisions, tip, side);
                String right = chain(revisions, tip, side);
                tip = add(revisions, List.of(left, right));
                merges++;
            } else {
                tip = add(revisions, List.of(tip));
            }
        }
        return new Shape(List.copyOf(revisions), merges);
    }

    private static String chain(List<RevisionHeader> revisions, String from, int length) {
        String tip = from;
        for (int i = 0; i < length; i++) {
            tip = add(revisions, List.of(tip));
        }
        return tip;
    }

    private static String add(List<RevisionHeader> revisions, List<String> parents) {
        int n = revisions.size();
        long mixed = (n * 0x9E3779B97F4A7C15L) >>> 36;
        String id = String.format("%05x%07x", n, mixed & 0xFFFFFFFL);
        revisions.add(new RevisionHeader(id, parents, List.of(), List.of(), "revision " + n, Optional.empty(),
                "versions/" + id + ".java"));
        return id;
    }
}
