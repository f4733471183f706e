package dev.migrate.engine.graph;

import java.util.BitSet;

/**
 * Topological order of the graph by peeling (Kahn's algorithm), and the revisions left over when
 * the edges contain cycles.
 *
 * @param order every revision that is not on or below a cycle, each after all of its parents
 * @param cyclic the revisions on a cycle (or on a path between two cycles): what remains after
 *               peeling sources from below and sinks from above
 */
record Cycles(int[] order, BitSet cyclic) {

    /** Peels {@code parents} ({@code parents[c]} lists the parents of {@code c}; no self-edges). */
    static Cycles of(int[][] parents) {
        int n = parents.length;
        int[][] children = Adjacency.invert(parents);
        int[] order = new int[n];
        int[] missing = new int[n];
        int size = 0;
        for (int node = 0; node < n; node++) {
            missing[node] = parents[node].length;
            if (missing[node] == 0) {
                order[size++] = node;
            }
        }
        for (int head = 0; head < size; head++) {
            for (int child : children[order[head]]) {
                if (--missing[child] == 0) {
                    order[size++] = child;
                }
            }
        }
        BitSet left = new BitSet(n);
        left.set(0, n);
        for (int i = 0; i < size; i++) {
            left.clear(order[i]);
        }
        return new Cycles(java.util.Arrays.copyOf(order, size), peelSinks(children, parents, left));
    }

    boolean acyclic() {
        return cyclic.isEmpty();
    }

    /** Removes from {@code left} every node with no child left, repeatedly; keeps the cycles themselves. */
    private static BitSet peelSinks(int[][] children, int[][] parents, BitSet left) {
        int[] remaining = new int[children.length];
        int[] queue = new int[left.cardinality()];
        int size = 0;
        for (int node = left.nextSetBit(0); node >= 0; node = left.nextSetBit(node + 1)) {
            for (int child : children[node]) {
                if (left.get(child)) {
                    remaining[node]++;
                }
            }
            if (remaining[node] == 0) {
                queue[size++] = node;
            }
        }
        for (int head = 0; head < size; head++) {
            int node = queue[head];
            left.clear(node);
            for (int parent : parents[node]) {
                if (left.get(parent) && --remaining[parent] == 0) {
                    queue[size++] = parent;
                }
            }
        }
        return left;
    }
}
