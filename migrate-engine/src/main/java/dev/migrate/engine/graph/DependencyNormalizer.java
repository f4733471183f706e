package dev.migrate.engine.graph;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drops from each revision's dependencies those already declared by one of its ancestors through
 * revises (Alembic's normalized dependencies): such a dependency is already applied before the
 * ancestor, so it adds no ordering and no version-table row.
 */
final class DependencyNormalizer {

    private DependencyNormalizer() {
    }

    /**
     * Normalized dependencies per node. Only targets declared by two or more revisions can be
     * dropped, so the cost is one walk of the graph per such target.
     */
    static int[][] normalize(int[][] dependencies, int[][] children) {
        Map<Integer, IntList> declaredBy = new LinkedHashMap<>();
        for (int node = 0; node < dependencies.length; node++) {
            for (int target : dependencies[node]) {
                declaredBy.computeIfAbsent(target, key -> new IntList()).add(node);
            }
        }
        int[][] normalized = dependencies.clone();
        for (Map.Entry<Integer, IntList> entry : declaredBy.entrySet()) {
            IntList declarers = entry.getValue();
            if (declarers.size() < 2) {
                continue;
            }
            BitSet below = strictDescendants(children, declarers);
            for (int i = 0; i < declarers.size(); i++) {
                int node = declarers.get(i);
                if (below.get(node)) {
                    normalized[node] = without(normalized[node], entry.getKey());
                }
            }
        }
        return normalized;
    }

    private static BitSet strictDescendants(int[][] children, IntList nodes) {
        IntList starts = new IntList();
        for (int i = 0; i < nodes.size(); i++) {
            for (int child : children[nodes.get(i)]) {
                starts.add(child);
            }
        }
        return Adjacency.closure(children, starts.toArray());
    }

    private static int[] without(int[] values, int value) {
        IntList kept = new IntList();
        for (int v : values) {
            if (v != value) {
                kept.add(v);
            }
        }
        return kept.toArray();
    }
}
