package dev.migrate.engine.graph;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Immutable directed acyclic graph of revisions, built once by {@link #of(List)}: revisions point
 * to the revisions they revise (versioned edges) and to those they depend on (dependency edges).
 * Load order, the order of the list it is built from, breaks every tie.
 */
public final class RevisionGraph {

    private final List<RevisionHeader> headers;
    private final Map<String, Integer> index;
    private final Map<String, Integer> labelIndex;
    final int[][] parents;
    final int[][] dependencies;
    /** Parents followed by normalized dependencies: what ordering and the version table use. */
    final int[][] down;
    final int[][] children;
    /** Inverse of {@link #down}. */
    final int[][] up;
    private final int[][] dependents;
    final int[] order;
    private final List<SortedSet<String>> labels;
    final int[] heads;
    final int[] realHeads;
    final int[] bases;
    private final Symbols symbols;

    RevisionGraph(List<RevisionHeader> headers, Map<String, Integer> index, Map<String, Integer> labelIndex,
            int[][] parents, int[][] dependencies, int[] order) {
        this.headers = headers;
        this.index = index;
        this.labelIndex = labelIndex;
        this.parents = parents;
        this.dependencies = dependencies;
        this.order = order;
        this.children = Adjacency.invert(parents);
        this.down = Adjacency.concat(parents, DependencyNormalizer.normalize(dependencies, children));
        this.up = Adjacency.invert(down);
        this.dependents = Adjacency.invert(dependencies);
        int[] allChildCount = new int[headers.size()];
        for (int[] targets : Adjacency.concat(parents, dependencies)) {
            for (int target : targets) {
                allChildCount[target]++;
            }
        }
        this.labels = BranchLabels.inherit(parents, children, allChildCount, order,
                headers.stream().map(RevisionHeader::branchLabels).toList());
        this.heads = Adjacency.withoutEdges(children);
        this.realHeads = Adjacency.withoutEdges(up);
        this.bases = Adjacency.withoutEdges(parents);
        this.symbols = new Symbols(this);
    }

    /** Builds the graph; list order is load order. Throws {@link RevisionGraphException} listing every problem. */
    public static RevisionGraph of(List<RevisionHeader> revisions) {
        return new GraphBuilder(revisions).build();
    }

    /** Every revision, in load order. */
    public List<RevisionHeader> revisions() {
        return headers;
    }

    public int size() {
        return headers.size();
    }

    public Optional<RevisionHeader> get(String id) {
        return indexOf(id).map(headers::get);
    }

    /** Revisions nothing revises, in load order; includes effective heads (only depended on). */
    public List<RevisionHeader> heads() {
        return headersOf(heads);
    }

    /** With {@code resolveDependencies}, only the heads nothing revises or depends on: the version-table rows after a full upgrade. */
    public List<RevisionHeader> heads(boolean resolveDependencies) {
        return headersOf(resolveDependencies ? realHeads : heads);
    }

    /** Revisions that revise nothing (they may depend on something), in load order. */
    public List<RevisionHeader> bases() {
        return headersOf(bases);
    }

    public boolean isHead(String id) {
        return children[require(id)].length == 0;
    }

    /** Whether the revision is a head only other revisions depend on; it never gets its own version-table row. */
    public boolean isEffectiveHead(String id) {
        int node = require(id);
        return children[node].length == 0 && up[node].length > 0;
    }

    public boolean isBase(String id) {
        return parents[require(id)].length == 0;
    }

    public boolean isBranchPoint(String id) {
        return children[require(id)].length > 1;
    }

    public boolean isMergePoint(String id) {
        return parents[require(id)].length > 1;
    }

    /** Revisions that revise this one, in load order. */
    public List<RevisionHeader> children(String id) {
        return headersOf(children[require(id)]);
    }

    /** Ids of the revisions that directly depend on this one through depends_on, in load order. */
    public List<String> dependents(String id) {
        return ids(dependents[require(id)]);
    }

    /** Ids of the revisions this one directly follows: what it revises, then dependencies no ancestor already declares. */
    public List<String> downRevisions(String id) {
        return ids(down[require(id)]);
    }

    /** Ids of the revisions that directly follow this one (the inverse of {@link #downRevisions}), in load order. */
    public List<String> upRevisions(String id) {
        return ids(up[require(id)]);
    }

    /** Branch labels of the revision, declared or inherited (§3.3), sorted. */
    public SortedSet<String> branchLabels(String id) {
        return labels.get(require(id));
    }

    /** The revisions, as a set. */
    public RevisionSet setOf(Collection<String> ids) {
        BitSet bits = new BitSet(size());
        ids.forEach(id -> bits.set(require(id)));
        return new RevisionSet(this, bits);
    }

    /** The revisions and everything they revise or depend on, transitively. */
    public RevisionSet ancestors(Collection<String> ids) {
        return ancestors(ids, true);
    }

    /** The revisions and everything below them; through dependencies too when {@code includeDependencies}. */
    public RevisionSet ancestors(Collection<String> ids, boolean includeDependencies) {
        return new RevisionSet(this, Adjacency.closure(includeDependencies ? down : parents, indexes(ids)));
    }

    /** The revisions and everything that revises or depends on them, transitively. */
    public RevisionSet descendants(Collection<String> ids) {
        return descendants(ids, true);
    }

    /** The revisions and everything above them; through dependents too when {@code includeDependencies}. */
    public RevisionSet descendants(Collection<String> ids, boolean includeDependencies) {
        return new RevisionSet(this, Adjacency.closure(includeDependencies ? up : children, indexes(ids)));
    }

    /** Ancestors and descendants of the revision: its lineage, the test behind {@code label@...}. */
    public RevisionSet lineage(String id, boolean includeDependencies) {
        return new RevisionSet(this, lineage(require(id), includeDependencies));
    }

    /**
     * The revisions in Alembic's order, newest first: every revision before everything it revises
     * or depends on, depth first from {@code heads} taken in load order. Upgrades run it reversed.
     */
    public List<RevisionHeader> order(RevisionSet revisions, Collection<String> heads) {
        return headersOf(TopologicalOrder.of(this, revisions.bits(), indexes(heads), revisions.bits()));
    }

    /**
     * Like {@link #order(RevisionSet, Collection)}, where two ordered revisions connected only
     * through revisions of {@code between} outside {@code revisions} still keep their ancestry.
     */
    public List<RevisionHeader> order(RevisionSet revisions, Collection<String> heads, RevisionSet between) {
        BitSet hull = (BitSet) between.bits().clone();
        hull.or(revisions.bits());
        return headersOf(TopologicalOrder.of(this, revisions.bits(), indexes(heads), hull));
    }

    /** Two of the revisions where one is an ancestor of the other (through any edge), if any. */
    public Optional<Overlap> overlap(Collection<String> ids) {
        int[] pair = Adjacency.overlap(down, up, indexes(ids));
        return pair.length == 0 ? Optional.empty() : Optional.of(new Overlap(id(pair[0]), id(pair[1])));
    }

    /**
     * Validates version-table rows: every row must be a revision of the graph. Returns them
     * without duplicates, in load order.
     */
    public List<String> currentRows(Collection<String> rows) {
        return ids(rowIndexes(rows));
    }

    /** Resolves identifiers: ids, prefixes, labels, {@code head}, {@code heads}, {@code label@...}, relative forms. */
    public Symbols symbols() {
        return symbols;
    }

    /** What the symbol names (empty for {@code base}); see {@link Symbols#resolve(String)}. */
    public List<RevisionHeader> resolve(String symbol) {
        return symbols.resolve(symbol);
    }

    /** What the symbol names, with {@code current} and relative {@code +N}/{@code -N} taken from the rows. */
    public List<RevisionHeader> resolve(String symbol, Collection<String> currentRows) {
        return symbols.resolve(symbol, currentRows);
    }

    /** The single revision the symbol names, or empty for {@code base}; several heads are refused. */
    public Optional<RevisionHeader> resolveOne(String symbol) {
        return symbols.resolveOne(symbol);
    }

    // ---- index-level access for the package

    /** Ids and branch labels with their revision, for the prefix index. */
    KeyIndex newKeyIndex() {
        return new KeyIndex(index, labelIndex);
    }

    Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    Optional<Integer> labelIndexOf(String label) {
        return Optional.ofNullable(labelIndex.get(label));
    }

    boolean isLabel(String name) {
        return labelIndex.containsKey(name);
    }

    SortedSet<String> labels(int node) {
        return labels.get(node);
    }

    String id(int node) {
        return headers.get(node).id();
    }

    RevisionHeader header(int node) {
        return headers.get(node);
    }

    int require(String id) {
        Integer node = index.get(id);
        if (node == null) {
            throw new MigrateException(MigrateException.Kind.REVISION,
                    "No revision '" + id + "'. Run 'migrate history' to list revisions.");
        }
        return node;
    }

    int[] indexes(Collection<String> ids) {
        return ids.stream().mapToInt(this::require).distinct().sorted().toArray();
    }

    int[] rowIndexes(Collection<String> rows) {
        for (String row : rows) {
            if (!index.containsKey(row)) {
                throw Errors.unknownRow(row);
            }
        }
        return indexes(rows);
    }

    BitSet lineage(int node, boolean includeDependencies) {
        BitSet lineage = Adjacency.closure(includeDependencies ? down : parents, new int[] {node});
        lineage.or(Adjacency.closure(includeDependencies ? up : children, new int[] {node}));
        return lineage;
    }

    List<RevisionHeader> headersOf(int[] nodes) {
        List<RevisionHeader> list = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            list.add(headers.get(node));
        }
        return Collections.unmodifiableList(list);
    }

    List<String> ids(int[] nodes) {
        List<String> list = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            list.add(id(node));
        }
        return Collections.unmodifiableList(list);
    }
}
