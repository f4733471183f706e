package dev.migrate.engine.graph;

import java.util.BitSet;

/**
 * Walks a number of steps up (through the revisions that revise the current one) or down
 * (through what it revises), as Alembic's {@code RevisionMap._walk}; dependencies are not
 * followed. {@link #BASE} stands for "below every base": walking up from it starts at the bases,
 * walking down from a base reaches it.
 */
final class Walker {

    static final int BASE = -1;

    private final RevisionGraph graph;

    Walker(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The revision {@code steps} away from {@code start}, or {@link #BASE}.
     *
     * @param lineage when walking up, only these revisions are candidates (a branch); may be null
     * @param clamp stop at the end of the graph instead of failing (history ranges)
     * @param text the relative revision as written, for messages
     */
    int walk(int start, int steps, BitSet lineage, boolean clamp, String text) {
        boolean upward = steps > 0;
        int at = start;
        for (int taken = 0; taken < Math.abs(steps); taken++) {
            int[] next = upward ? above(at, lineage) : below(at);
            if (next.length == 0) {
                if (clamp) {
                    return at;
                }
                throw Errors.pastEnd(text, describe(start), upward, taken);
            }
            if (next.length > 1) {
                throw ambiguous(text, start, at, upward, next);
            }
            at = next[0];
        }
        return at;
    }

    private int[] above(int at, BitSet lineage) {
        int[] candidates = at == BASE ? graph.bases : graph.children[at];
        if (lineage == null) {
            return candidates;
        }
        IntList kept = new IntList();
        for (int candidate : candidates) {
            if (lineage.get(candidate)) {
                kept.add(candidate);
            }
        }
        return kept.toArray();
    }

    private int[] below(int at) {
        if (at == BASE) {
            return Adjacency.NONE;
        }
        int[] parents = graph.parents[at];
        return parents.length == 0 ? new int[] {BASE} : parents;
    }

    private RuntimeException ambiguous(String text, int start, int at, boolean upward, int[] next) {
        if (!upward) {
            return Errors.ambiguousMerge(text, describe(start), graph.id(at), graph.ids(next));
        }
        if (at == BASE) {
            return Errors.ambiguousBases(text, graph.ids(next));
        }
        return Errors.ambiguousBranchPoint(text, describe(start), graph.id(at), graph.ids(next));
    }

    String describe(int node) {
        return node == BASE ? "base" : "'" + graph.id(node) + "'";
    }
}
