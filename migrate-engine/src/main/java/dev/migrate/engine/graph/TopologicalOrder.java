package dev.migrate.engine.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Alembic's revision order ({@code RevisionMap._topological_sort}), newest first, in linear time.
 *
 * <p>Alembic keeps a list of "current heads" (initially the targets, in load order) and a cursor.
 * The revision under the cursor is emitted unless it is an ancestor of another current head; then
 * the cursor jumps to the first such head in the list. An emitted revision is replaced in the list
 * by its first parent still to be ordered; further parents are appended; with none, the entry is
 * removed and the cursor steps back one. Alembic answers "is it an ancestor of another head" with
 * one full ancestor set per head, recomputed at merges: quadratic.
 *
 * <p>Here a revision counts its children still to be ordered ({@code pending}): it is an ancestor
 * of another current head exactly when that count is not zero, because the revisions still to be
 * ordered are covered by the current heads. List positions never change order (entries are only
 * appended, replaced or removed), so "first in the list" is "lowest slot number", found by
 * searching the not-yet-ordered revisions above the blocked one. Each search covers revisions
 * that are ordered soon after, so ordinary graphs cost linear time; a merge of k branches can
 * cost up to k searches of the remaining branches (Alembic pays that on every step).
 *
 * <p>Two revisions to order may be connected only through revisions outside the set (a history
 * range that skips the dependency in between). Alembic still sees that ancestry through its full
 * ancestor sets; we see it through extra edges across the {@code hull}, the revisions between the
 * ordered ones. If such a gap leaves revisions that no current head covers (Alembic then fails an
 * assertion), the newest uncovered revision in load order starts a new head, so the result is
 * still complete and every revision comes before everything it revises or depends on.
 */
final class TopologicalOrder {

    private final RevisionGraph graph;
    private final BitSet todo;
    private final int[] pending;
    private final int[] slotOf;
    private final int[] seen;
    private int stamp;
    private final Map<Integer, IntList> extraParents = new HashMap<>();
    private final Map<Integer, IntList> extraChildren = new HashMap<>();
    private int[] slotNode = new int[16];
    private int[] slotPrev = new int[16];
    private int[] slotNext = new int[16];
    private int slots;
    private int first = -1;
    private int last = -1;

    private TopologicalOrder(RevisionGraph graph, BitSet todo) {
        this.graph = graph;
        this.todo = (BitSet) todo.clone();
        this.pending = new int[graph.size()];
        this.slotOf = new int[graph.size()];
        this.seen = new int[graph.size()];
        Arrays.fill(slotOf, -1);
    }

    /** Orders {@code todo} newest first, starting from {@code heads} (ascending load order). */
    static int[] of(RevisionGraph graph, BitSet todo, int[] heads, BitSet hull) {
        TopologicalOrder order = new TopologicalOrder(graph, todo);
        order.bridge(hull);
        order.countPending();
        return order.run(heads);
    }

    private int[] run(int[] heads) {
        int[] out = new int[todo.cardinality()];
        for (int head : heads) {
            if (todo.get(head) && slotOf[head] < 0) {
                append(head);
            }
        }
        int count = 0;
        int cursor = first;
        while (count < out.length) {
            if (cursor < 0) {
                cursor = append(newestFree());
            }
            int candidate = slotNode[cursor];
            if (pending[candidate] > 0) {
                cursor = blockingSlot(candidate);
                continue;
            }
            out[count++] = candidate;
            cursor = emit(cursor, candidate);
        }
        return out;
    }

    /** Emits the candidate under the cursor; returns where the cursor goes next. */
    private int emit(int cursor, int candidate) {
        todo.clear(candidate);
        slotOf[candidate] = -1;
        forEachParent(candidate, parent -> pending[parent]--);
        boolean replaced = false;
        for (int parent : graph.down[candidate]) {
            if (todo.get(parent) && slotOf[parent] < 0) {
                if (replaced) {
                    append(parent);
                } else {
                    slotNode[cursor] = parent;
                    slotOf[parent] = cursor;
                    replaced = true;
                }
            }
        }
        if (replaced) {
            return cursor;
        }
        int previous = slotPrev[cursor];
        remove(cursor);
        return previous >= 0 ? previous : first;
    }

    /** The lowest slot whose revision descends from {@code node}, found among the revisions still to order above it. */
    private int blockingSlot(int node) {
        int best = -1;
        int free = -1;
        stamp++;
        IntList stack = new IntList();
        stack.add(node);
        seen[node] = stamp;
        for (int top = 0; top < stack.size(); top++) {
            int current = stack.get(top);
            if (current != node && slotOf[current] >= 0 && (best < 0 || slotOf[current] < best)) {
                best = slotOf[current];
            }
            if (pending[current] == 0) {
                free = Math.max(free, current);
            }
            forEachChild(current, child -> {
                if (seen[child] != stamp) {
                    seen[child] = stamp;
                    stack.add(child);
                }
            });
        }
        return best >= 0 ? best : append(free);
    }

    private void countPending() {
        for (int node = todo.nextSetBit(0); node >= 0; node = todo.nextSetBit(node + 1)) {
            forEachParent(node, parent -> pending[parent]++);
        }
    }

    private void forEachParent(int node, java.util.function.IntConsumer action) {
        for (int parent : graph.down[node]) {
            if (todo.get(parent)) {
                action.accept(parent);
            }
        }
        IntList extra = extraParents.get(node);
        for (int i = 0; extra != null && i < extra.size(); i++) {
            if (todo.get(extra.get(i))) {
                action.accept(extra.get(i));
            }
        }
    }

    private void forEachChild(int node, java.util.function.IntConsumer action) {
        for (int child : graph.up[node]) {
            if (todo.get(child)) {
                action.accept(child);
            }
        }
        IntList extra = extraChildren.get(node);
        for (int i = 0; extra != null && i < extra.size(); i++) {
            if (todo.get(extra.get(i))) {
                action.accept(extra.get(i));
            }
        }
    }

    /** Adds an edge from each revision to order to the ones it reaches only through the gap (hull minus todo). */
    private void bridge(BitSet hull) {
        BitSet gap = (BitSet) hull.clone();
        gap.andNot(todo);
        if (gap.isEmpty()) {
            return;
        }
        BitSet reaches = new BitSet(graph.size());
        for (int node : graph.order) {
            if (gap.get(node) && Arrays.stream(graph.down[node]).anyMatch(p -> todo.get(p) || reaches.get(p))) {
                reaches.set(node);
            }
        }
        for (int node = todo.nextSetBit(0); node >= 0; node = todo.nextSetBit(node + 1)) {
            for (int parent : graph.down[node]) {
                if (reaches.get(parent)) {
                    linkThroughGap(node, parent, reaches);
                }
            }
        }
    }

    private void linkThroughGap(int node, int gapParent, BitSet reaches) {
        stamp++;
        IntList stack = new IntList();
        stack.add(gapParent);
        seen[gapParent] = stamp;
        for (int top = 0; top < stack.size(); top++) {
            for (int below : graph.down[stack.get(top)]) {
                if (seen[below] == stamp) {
                    continue;
                }
                seen[below] = stamp;
                if (todo.get(below)) {
                    link(node, below);
                } else if (reaches.get(below)) {
                    stack.add(below);
                }
            }
        }
    }

    private void link(int child, int parent) {
        boolean direct = Arrays.stream(graph.down[child]).anyMatch(p -> p == parent);
        IntList parents = extraParents.computeIfAbsent(child, key -> new IntList());
        if (!direct && !parents.contains(parent)) {
            parents.add(parent);
            extraChildren.computeIfAbsent(parent, key -> new IntList()).add(child);
        }
    }

    /** The newest revision (in load order) still to order that nothing still to order descends from. */
    private int newestFree() {
        int node = todo.previousSetBit(todo.length() - 1);
        while (pending[node] > 0) {
            node = todo.previousSetBit(node - 1);
        }
        return node;
    }

    private int append(int node) {
        if (slots == slotNode.length) {
            slotNode = Arrays.copyOf(slotNode, slots * 2);
            slotPrev = Arrays.copyOf(slotPrev, slots * 2);
            slotNext = Arrays.copyOf(slotNext, slots * 2);
        }
        int slot = slots++;
        slotNode[slot] = node;
        slotPrev[slot] = last;
        slotNext[slot] = -1;
        if (last >= 0) {
            slotNext[last] = slot;
        } else {
            first = slot;
        }
        last = slot;
        slotOf[node] = slot;
        return slot;
    }

    private void remove(int slot) {
        int previous = slotPrev[slot];
        int next = slotNext[slot];
        if (previous >= 0) {
            slotNext[previous] = next;
        } else {
            first = next;
        }
        if (next >= 0) {
            slotPrev[next] = previous;
        } else {
            last = previous;
        }
    }
}
