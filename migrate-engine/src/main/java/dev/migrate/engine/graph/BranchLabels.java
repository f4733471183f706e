package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Inherited branch labels (inventory §3.3): a label declared on R applies to R, to every
 * descendant of R through revises (across merges too), and to the revisions reached walking down
 * from R until the first branch point (children through revises or dependents) or merge point, R
 * included: a label on a branch point or merge stays on it and above.
 *
 * <p>Alembic's code starts that downward walk from the last descendant it happened to visit
 * rather than from R, so when R's descendants branch or merge further up, R's ancestors get no
 * label; we apply the documented rule. Equal label sets are shared, so a long chain costs one set.
 */
final class BranchLabels {

    private final Map<SortedSet<String>, SortedSet<String>> interned = new HashMap<>();
    private final int[][] parents;
    private final int[][] children;
    private final int[] allChildCount;
    private final List<List<String>> own;

    private BranchLabels(int[][] parents, int[][] children, int[] allChildCount, List<List<String>> own) {
        this.parents = parents;
        this.children = children;
        this.allChildCount = allChildCount;
        this.own = own;
    }

    /**
     * Labels per node.
     *
     * @param order every node after its parents
     * @param allChildCount children per node through revises or depends_on
     * @param own the labels each revision declares itself
     */
    static List<SortedSet<String>> inherit(int[][] parents, int[][] children, int[] allChildCount, int[] order,
            List<List<String>> own) {
        return new BranchLabels(parents, children, allChildCount, own).compute(order);
    }

    private List<SortedSet<String>> compute(int[] order) {
        int n = parents.length;
        List<SortedSet<String>> downward = new ArrayList<>(Collections.nCopies(n, null));
        for (int node : order) {
            downward.set(node, fromParents(node, downward));
        }
        List<SortedSet<String>> result = new ArrayList<>(Collections.nCopies(n, null));
        List<SortedSet<String>> carried = new ArrayList<>(Collections.nCopies(n, null));
        for (int i = order.length - 1; i >= 0; i--) {
            int node = order[i];
            carried.set(node, carriedDown(node, carried));
            SortedSet<String> extra = carried.get(node);
            result.set(node, extra.isEmpty() ? downward.get(node) : union(List.of(downward.get(node), extra)));
        }
        return Collections.unmodifiableList(result);
    }

    private SortedSet<String> fromParents(int node, List<SortedSet<String>> downward) {
        int[] ps = parents[node];
        if (own.get(node).isEmpty() && ps.length == 1) {
            return downward.get(ps[0]);
        }
        List<Collection<String>> parts = new ArrayList<>();
        parts.add(own.get(node));
        for (int parent : ps) {
            parts.add(downward.get(parent));
        }
        return union(parts);
    }

    /** Labels that walk down onto {@code node} from itself and the chain of single children above it. */
    private SortedSet<String> carriedDown(int node, List<SortedSet<String>> carried) {
        boolean passes = allChildCount[node] <= 1 && parents[node].length <= 1;
        if (!passes) {
            return union(List.of());
        }
        SortedSet<String> above = children[node].length == 1 ? carried.get(children[node][0]) : union(List.of());
        return own.get(node).isEmpty() ? above : union(List.of(own.get(node), above));
    }

    private SortedSet<String> union(List<? extends Collection<String>> parts) {
        TreeSet<String> all = new TreeSet<>();
        parts.forEach(all::addAll);
        return interned.computeIfAbsent(all, Collections::unmodifiableSortedSet);
    }
}
