package dev.migrate.engine.graph;

import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Immutable set of revisions of one {@link RevisionGraph}, iterated in load order; set algebra is
 * a bit-set operation, so it stays cheap on large graphs.
 */
public final class RevisionSet implements Iterable<RevisionHeader> {

    private final RevisionGraph graph;
    private final BitSet bits;

    RevisionSet(RevisionGraph graph, BitSet bits) {
        this.graph = graph;
        this.bits = bits;
    }

    /** The underlying bits; callers must not modify them. */
    BitSet bits() {
        return bits;
    }

    public boolean contains(String id) {
        return graph.indexOf(id).map(bits::get).orElse(false);
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** The revision ids, in load order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(size());
        for (int node = bits.nextSetBit(0); node >= 0; node = bits.nextSetBit(node + 1)) {
            ids.add(graph.id(node));
        }
        return Collections.unmodifiableList(ids);
    }

    public RevisionSet union(RevisionSet other) {
        BitSet result = copy();
        result.or(same(other).bits);
        return new RevisionSet(graph, result);
    }

    public RevisionSet intersection(RevisionSet other) {
        BitSet result = copy();
        result.and(same(other).bits);
        return new RevisionSet(graph, result);
    }

    public RevisionSet minus(RevisionSet other) {
        BitSet result = copy();
        result.andNot(same(other).bits);
        return new RevisionSet(graph, result);
    }

    @Override
    public Iterator<RevisionHeader> iterator() {
        return new Iterator<>() {
            private int next = bits.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public RevisionHeader next() {
                if (next < 0) {
                    throw new java.util.NoSuchElementException();
                }
                RevisionHeader header = graph.header(next);
                next = bits.nextSetBit(next + 1);
                return header;
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionSet set && set.graph == graph && set.bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return ids().toString();
    }

    private BitSet copy() {
        return (BitSet) bits.clone();
    }

    private RevisionSet same(RevisionSet other) {
        if (other.graph != graph) {
            throw new IllegalArgumentException("Revision sets of different graphs");
        }
        return other;
    }
}
