package dev.migrate.engine.graph;

import java.util.Arrays;
import java.util.BitSet;

/** Edge arrays of the graph ({@code edges[node]} lists neighbour indexes) and walks over them. */
final class Adjacency {

    static final int[] NONE = new int[0];

    private Adjacency() {
    }

    /** The reverse edges: {@code result[p]} lists every {@code c} with {@code p} in {@code edges[c]}, ascending. */
    static int[][] invert(int[][] edges) {
        int[] counts = new int[edges.length];
        for (int[] targets : edges) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] inverse = new int[edges.length][];
        for (int node = 0; node < edges.length; node++) {
            inverse[node] = counts[node] == 0 ? NONE : new int[counts[node]];
            counts[node] = 0;
        }
        for (int source = 0; source < edges.length; source++) {
            for (int target : edges[source]) {
                inverse[target][counts[target]++] = source;
            }
        }
        return inverse;
    }

    /** Per node, the edges of {@code first} followed by those of {@code second} not already present. */
    static int[][] concat(int[][] first, int[][] second) {
        int[][] joined = new int[first.length][];
        for (int node = 0; node < first.length; node++) {
            joined[node] = second[node].length == 0 ? first[node] : union(first[node], second[node]);
        }
        return joined;
    }

    /** The values of {@code first} followed by those of {@code second} not in {@code first}, in order. */
    static int[] union(int[] first, int[] second) {
        IntList values = new IntList();
        for (int value : first) {
            values.add(value);
        }
        for (int value : second) {
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values.toArray();
    }

    /** Every node reachable from {@code starts} along {@code edges}, the starts included. */
    static BitSet closure(int[][] edges, int[] starts) {
        BitSet seen = new BitSet(edges.length);
        int[] stack = new int[Math.max(16, starts.length)];
        int top = 0;
        for (int start : starts) {
            if (!seen.get(start)) {
                seen.set(start);
                stack = push(stack, top++, start);
            }
        }
        while (top > 0) {
            int node = stack[--top];
            for (int next : edges[node]) {
                if (!seen.get(next)) {
                    seen.set(next);
                    stack = push(stack, top++, next);
                }
            }
        }
        return seen;
    }

    /**
     * A node of {@code nodes} that descends (along {@code down}) from another one, and that ancestor,
     * as {@code {descendant, ancestor}}; empty when none does.
     */
    static int[] overlap(int[][] down, int[][] up, int[] nodes) {
        BitSet given = new BitSet(down.length);
        IntList below = new IntList();
        for (int node : nodes) {
            given.set(node);
            for (int parent : down[node]) {
                below.add(parent);
            }
        }
        BitSet ancestors = closure(down, below.toArray());
        ancestors.and(given);
        if (ancestors.isEmpty()) {
            return NONE;
        }
        int ancestor = ancestors.nextSetBit(0);
        BitSet above = closure(up, up[ancestor]);
        above.and(given);
        return new int[] {above.nextSetBit(0), ancestor};
    }

    /** The nodes with no edge, ascending. */
    static int[] withoutEdges(int[][] edges) {
        IntList selected = new IntList();
        for (int node = 0; node < edges.length; node++) {
            if (edges[node].length == 0) {
                selected.add(node);
            }
        }
        return selected.toArray();
    }

    /** The set bits as indexes, ascending. */
    static int[] toArray(BitSet bits) {
        int[] values = new int[bits.cardinality()];
        int position = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            values[position++] = i;
        }
        return values;
    }

    static int[] push(int[] stack, int top, int value) {
        int[] room = top == stack.length ? Arrays.copyOf(stack, top * 2) : stack;
        room[top] = value;
        return room;
    }
}
