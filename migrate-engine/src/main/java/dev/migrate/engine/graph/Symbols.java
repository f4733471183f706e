package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Walker.BASE;

import dev.migrate.api.revision.RevisionHeader;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves revision identifiers (inventory §2.3–2.6) against one graph: full ids, unique
 * prefixes of at least four characters, branch labels, {@code head}, {@code heads}, {@code base},
 * {@code label@head|heads|base|rev}, {@code rev@head}, relative {@code +N}/{@code -N} against the
 * current rows, {@code rev+N}, {@code head-1}, {@code base+N}, {@code label@+1}, {@code label@-1},
 * {@code label@head-N} and {@code current}. Errors name the argument, the candidates and the fix.
 */
public final class Symbols {

    private final RevisionGraph graph;
    private final Walker walker;
    private final DowngradeTargets downgradeTargets;
    private volatile KeyIndex keys;

    Symbols(RevisionGraph graph) {
        this.graph = graph;
        this.walker = new Walker(graph);
        this.downgradeTargets = new DowngradeTargets(graph, this, walker);
    }

    /**
     * What the symbol names, in load order; empty for {@code base}. Without current rows,
     * {@code [label@]-N} walks down from the heads (Alembic's get_revisions) and {@code [label@]+N} up from base.
     */
    public List<RevisionHeader> resolve(String symbol) {
        return graph.headersOf(many(symbol));
    }

    /** The single revision the symbol names, or empty for {@code base}; several revisions are refused. */
    public Optional<RevisionHeader> resolveOne(String symbol) {
        int node = one(symbol);
        return node == BASE ? Optional.empty() : Optional.of(graph.header(node));
    }

    /** What the symbol names, where {@code current} is the rows and {@code +N}/{@code -N} walk from them. */
    public List<RevisionHeader> resolve(String symbol, Collection<String> currentRows) {
        int[] rows = graph.rowIndexes(currentRows);
        if ("current".equals(symbol)) {
            return graph.headersOf(rows);
        }
        Optional<Relative> relative = Relative.parse(symbol);
        if (relative.isEmpty()) {
            return resolve(symbol);
        }
        Relative r = relative.get();
        int node = !r.fromCurrent() ? walkFromSymbol(r, false)
                : r.steps() > 0 ? upFromCurrent(r, rows, false) : downgradeTargets.belowCurrent(r, rows).node();
        return node == BASE ? List.of() : List.of(graph.header(node));
    }

    /** The revision a branch name stands for: the revision declaring the label, or a revision id or prefix. */
    public RevisionHeader resolveBranch(String branch) {
        return graph.header(branch(branch));
    }

    /** What an upgrade to {@code target} needs to reach, from the current rows. */
    public List<String> upgradeTargets(String target, Collection<String> currentRows) {
        return graph.ids(upgradeTargets(target, graph.rowIndexes(currentRows), false));
    }

    /** Where a downgrade to {@code target} ends, from the current rows, and the branch it is limited to. */
    public DowngradeTarget downgradeTarget(String target, Collection<String> currentRows) {
        DowngradeTargets.Target resolved = downgradeTargets.parse(target, graph.rowIndexes(currentRows));
        return new DowngradeTarget(Optional.ofNullable(resolved.branch()),
                resolved.node() == BASE ? Optional.empty() : Optional.of(graph.id(resolved.node())));
    }

    /**
     * Both ends of a history range {@code start:end}; relative ends clamp at the ends of the graph.
     * The rows are read (and checked) only when an end is {@code current}.
     */
    public RangeBounds historyBounds(String start, String end, Collection<String> currentRows) {
        boolean usesRows = "current".equals(start) || "current".equals(end);
        int[] rows = usesRows ? graph.rowIndexes(currentRows) : Adjacency.NONE;
        return new RangeResolver(graph, this, walker).bounds(start, end, rows);
    }

    // ---- absolute symbols (Alembic's get_revisions / get_revision)

    int[] many(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return Adjacency.NONE;
        }
        int at = symbol.indexOf('@');
        String branch = at < 0 ? null : symbol.substring(0, at);
        String id = at < 0 ? symbol : symbol.substring(at + 1);
        switch (id) {
            case "heads":
                return branch == null ? graph.realHeads : inLineage(graph.heads, branchLineage(branch));
            case "head":
                return single(symbol, branch == null ? graph.heads : inLineage(graph.heads, branchLineage(branch)));
            case "base":
            case "":
                if (branch != null) {
                    branch(branch);
                }
                return Adjacency.NONE;
            default:
                break;
        }
        Optional<Relative> relative = Relative.parse(symbol);
        if (relative.isPresent()) {
            Relative r = relative.get();
            if (r.fromCurrent() && r.steps() < 0) {
                return belowHeads(branch, r);
            }
            int node = r.fromCurrent() ? upFromCurrent(r, Adjacency.NONE, false) : walkFromSymbol(r, false);
            return node == BASE ? Adjacency.NONE : new int[] {node};
        }
        return new int[] {ident(id, branch)};
    }

    int one(String symbol) {
        int[] nodes = single(symbol, many(symbol));
        return nodes.length == 0 ? BASE : nodes[0];
    }

    int branch(String name) {
        Optional<Integer> exact = graph.indexOf(name).or(() -> graph.labelIndexOf(name));
        if (exact.isPresent()) {
            return exact.get();
        }
        if (name.length() >= KeyIndex.MIN_PREFIX) {
            Optional<Integer> byPrefix = prefix(name, null);
            if (byPrefix.isPresent()) {
                return byPrefix.get();
            }
        }
        throw Errors.noSuchBranch(name);
    }

    BitSet branchLineage(String branch) {
        return graph.lineage(branch(branch), false);
    }

    private int ident(String id, String branch) {
        BitSet lineage = branch == null ? null : branchLineage(branch);
        Optional<Integer> exact = graph.indexOf(id).or(() -> graph.labelIndexOf(id));
        int node;
        if (exact.isPresent()) {
            node = exact.get();
        } else if (id.length() < KeyIndex.MIN_PREFIX) {
            throw Errors.shortPrefix(id);
        } else {
            node = prefix(id, lineage).orElseThrow(() -> Errors.unknown(id));
        }
        if (lineage != null && !lineage.get(node)) {
            throw Errors.notMember(graph.id(node), branch);
        }
        return node;
    }

    /** The one revision whose id or label starts with {@code prefix}; refuses several. */
    private Optional<Integer> prefix(String prefix, BitSet lineage) {
        Map<Integer, String> found = new LinkedHashMap<>();
        for (KeyIndex.Match match : keys().startingWith(prefix)) {
            if (lineage == null || lineage.get(match.node())) {
                found.putIfAbsent(match.node(), match.key());
            }
        }
        if (found.size() > 1) {
            throw Errors.ambiguousPrefix(prefix, found.values().stream().sorted().toList());
        }
        return found.keySet().stream().findFirst();
    }

    /** The sorted names for prefix lookups, built on first use: most symbols are exact. */
    private KeyIndex keys() {
        KeyIndex built = keys;
        if (built == null) {
            synchronized (this) {
                built = keys;
                if (built == null) {
                    built = graph.newKeyIndex();
                    keys = built;
                }
            }
        }
        return built;
    }

    private int[] single(String symbol, int[] nodes) {
        if (nodes.length > 1) {
            throw Errors.multipleHeads(symbol, graph.ids(nodes));
        }
        return nodes;
    }

    private int[] belowHeads(String branch, Relative relative) {
        int[] heads = branch == null ? graph.realHeads : onBranch(graph.realHeads, branch);
        IntList found = new IntList();
        for (int head : heads) {
            int node = walker.walk(head, relative.steps(), null, false, relative.text());
            if (node != BASE && !found.contains(node)) {
                found.add(node);
            }
        }
        return found.toArray();
    }

    /** The nodes carrying branch label {@code branch}, or, for a revision name, in its lineage. */
    int[] onBranch(int[] nodes, String branch) {
        if (graph.isLabel(branch)) {
            IntList kept = new IntList();
            for (int node : nodes) {
                if (graph.labels(node).contains(branch)) {
                    kept.add(node);
                }
            }
            return kept.toArray();
        }
        int revision = branch(branch);
        if (graph.labels(revision).size() == 1) {
            return onBranch(nodes, graph.labels(revision).first());
        }
        return inLineage(nodes, graph.lineage(revision, false));
    }

    static int[] inLineage(int[] nodes, BitSet lineage) {
        IntList kept = new IntList();
        for (int node : nodes) {
            if (lineage.get(node)) {
                kept.add(node);
            }
        }
        return kept.toArray();
    }

    // ---- upgrade targets (Alembic's _parse_upgrade_target)

    int[] upgradeTargets(String target, int[] rows, boolean clamp) {
        if ("current".equals(target)) {
            return rows;
        }
        Optional<Relative> parsed = Relative.parse(target);
        if (parsed.isEmpty()) {
            return many(target);
        }
        Relative r = parsed.get();
        if (r.steps() < 0 && r.fromCurrent()) {
            throw Errors.downwardInUpgrade(target);
        }
        int node = r.fromCurrent() ? upFromCurrent(r, rows, clamp) : walkFromSymbol(r, clamp);
        return node == BASE ? Adjacency.NONE : new int[] {node};
    }

    int walkFromSymbol(Relative r, boolean clamp) {
        if (r.steps() > 0) {
            BitSet lineage = r.branch() == null ? null : branchLineage(r.branch());
            return walker.walk(one(r.symbol()), r.steps(), lineage, clamp, r.text());
        }
        return walker.walk(one(r.qualifiedSymbol()), r.steps(), null, clamp, r.text());
    }

    /** {@code [label@]+N}: up from the current row (on the branch, if given), or from base. */
    int upFromCurrent(Relative r, int[] rows, boolean clamp) {
        int[] start = rows.length == 0 ? new int[] {BASE} : rows;
        BitSet lineage = null;
        if (r.branch() != null) {
            lineage = branchLineage(r.branch());
            start = inLineage(rows, lineage);
            if (start.length == 0) {
                start = tipsOnBranch(rows, lineage);
            }
        }
        if (start.length > 1) {
            throw Errors.ambiguousCurrent(r.text(), graph.ids(start));
        }
        return walker.walk(start[0], r.steps(), lineage, clamp, r.text());
    }

    /** The newest applied revisions on the branch, or base when none is applied. */
    private int[] tipsOnBranch(int[] rows, BitSet lineage) {
        BitSet active = Adjacency.closure(graph.down, rows);
        active.and(lineage);
        BitSet below = new BitSet(graph.size());
        active.stream().forEach(node -> java.util.Arrays.stream(graph.down[node]).forEach(below::set));
        active.andNot(below);
        return active.isEmpty() ? new int[] {BASE} : Adjacency.toArray(active);
    }
}
