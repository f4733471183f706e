package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Walker.BASE;

import java.util.BitSet;
import java.util.Optional;

/**
 * Parses downgrade targets (Alembic's {@code _parse_downgrade_target}): a revision or base,
 * {@code label@rev}, {@code rev@parent}, {@code rev+N}, {@code rev-N}, {@code label@head-N} and
 * {@code [label@]-N} below the current rows, with the branch the downgrade is limited to.
 */
final class DowngradeTargets {

    private final RevisionGraph graph;
    private final Symbols symbols;
    private final Walker walker;

    DowngradeTargets(RevisionGraph graph, Symbols symbols, Walker walker) {
        this.graph = graph;
        this.symbols = symbols;
        this.walker = walker;
    }

    /** A resolved downgrade target: the branch it is limited to (or null) and the revision (or BASE). */
    record Target(String branch, int node) {
    }

    Target parse(String target, int[] rows) {
        if (target == null || target.isEmpty() || "base".equals(target)) {
            return new Target(null, BASE);
        }
        Optional<Relative> parsed = Relative.parse(target);
        if (parsed.isEmpty()) {
            int at = target.lastIndexOf('@');
            return new Target(at < 0 ? null : target.substring(0, at), symbols.one(target));
        }
        Relative r = parsed.get();
        if (r.steps() > 0 && r.fromCurrent()) {
            throw Errors.upwardInDowngrade(target);
        }
        return r.fromCurrent() ? belowCurrent(r, rows) : new Target(r.branch(), symbols.walkFromSymbol(r, false));
    }

    /** {@code [label@]-N}: down from the current row of the branch, or from the only current row. */
    Target belowCurrent(Relative r, int[] rows) {
        String branch = r.branch();
        int start;
        if (branch != null) {
            BitSet lineage = symbols.branchLineage(branch);
            int[] candidates = Symbols.inLineage(rows, lineage);
            if (candidates.length == 0) {
                candidates = Symbols.inLineage(branchHeads(rows), lineage);
            }
            if (candidates.length == 0) {
                throw Errors.branchNotApplied(r.text(), branch);
            }
            if (candidates.length > 1) {
                throw Errors.ambiguousCurrent(r.text(), graph.ids(candidates));
            }
            start = candidates[0];
        } else if (rows.length == 0) {
            throw Errors.nothingApplied(r.text());
        } else if (rows.length > 1) {
            throw Errors.ambiguousCurrent(r.text(), graph.ids(rows));
        } else {
            start = rows[0];
            branch = graph.id(start);
        }
        return new Target(branch, walker.walk(start, r.steps(), null, false, r.text()));
    }

    /** The rows and what they imply, reduced to those nothing in the set revises (Alembic's _get_all_current). */
    private int[] branchHeads(int[] rows) {
        BitSet all = Adjacency.closure(graph.down, rows);
        IntList heads = new IntList();
        for (int node = all.nextSetBit(0); node >= 0; node = all.nextSetBit(node + 1)) {
            if (java.util.Arrays.stream(graph.children[node]).noneMatch(all::get)) {
                heads.add(node);
            }
        }
        return heads.toArray();
    }
}
