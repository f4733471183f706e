package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Walker.BASE;

import dev.migrate.api.MigrateException;
import java.util.BitSet;
import java.util.Optional;

/**
 * Resolves the two ends of a history range. An empty start is base, an empty end the heads;
 * {@code current} is the rows; {@code +N} as the end counts from the start, {@code -N} as the start
 * counts from the end; {@code label@...} as the start limits the end to that branch. Relative ends
 * clamp at the ends of the graph, as in Alembic.
 */
final class RangeResolver {

    private final RevisionGraph graph;
    private final Symbols symbols;
    private final Walker walker;

    RangeResolver(RevisionGraph graph, Symbols symbols, Walker walker) {
        this.graph = graph;
        this.symbols = symbols;
        this.walker = walker;
    }

    RangeBounds bounds(String start, String end, int[] rows) {
        String lowerText = start == null ? "" : start.strip();
        String upperText = end == null ? "" : end.strip();
        boolean upperFromLower = Relative.parse(upperText).map(r -> r.fromCurrent() && r.steps() > 0).orElse(false);
        boolean lowerFromUpper = Relative.parse(lowerText).map(r -> r.fromCurrent() && r.steps() < 0).orElse(false);
        if (upperFromLower && lowerFromUpper) {
            throw Errors.error("History range '" + lowerText + ":" + upperText
                    + "' is relative at both ends; name a revision at one end, e.g. 'base:" + upperText + "'.");
        }
        int[] lower;
        int[] upper;
        if (upperFromLower) {
            lower = lower(lowerText, Adjacency.NONE, rows);
            upper = onBranch(upper(upperText, lower, rows), lowerText);
        } else {
            upper = onBranch(upper(upperText, Adjacency.NONE, rows), lowerText);
            lower = lower(lowerText, upper, rows);
        }
        return new RangeBounds(graph.ids(lower), graph.ids(upper));
    }

    private int[] upper(String text, int[] lower, int[] rows) {
        if (text.isEmpty()) {
            return graph.realHeads;
        }
        if ("current".equals(text)) {
            return rows;
        }
        Optional<Relative> relative = Relative.parse(text);
        if (relative.isEmpty()) {
            return symbols.many(text);
        }
        Relative r = relative.get();
        if (r.fromCurrent() && r.steps() < 0) {
            throw Errors.error("Relative revision " + text + " cannot end a history range; "
                    + "write e.g. 'head" + text + "'.");
        }
        int node = r.fromCurrent() ? symbols.upFromCurrent(r, lower, true) : symbols.walkFromSymbol(r, true);
        return node == BASE ? Adjacency.NONE : new int[] {node};
    }

    private int[] lower(String text, int[] upper, int[] rows) {
        if (text.isEmpty()) {
            return Adjacency.NONE;
        }
        if ("current".equals(text)) {
            return rows;
        }
        Optional<Relative> relative = Relative.parse(text);
        if (relative.isEmpty()) {
            return symbols.many(text);
        }
        Relative r = relative.get();
        if (!r.fromCurrent()) {
            int node = symbols.walkFromSymbol(r, true);
            return node == BASE ? Adjacency.NONE : new int[] {node};
        }
        if (r.steps() > 0) {
            throw Errors.error("Relative revision " + text + " cannot start a history range; "
                    + "write e.g. 'base" + r.text() + "'.");
        }
        return belowEach(upper, r);
    }

    /** {@code -N} below each end of the range, clamped at base; keeps only the lowest of related results. */
    private int[] belowEach(int[] upper, Relative r) {
        BitSet found = new BitSet(graph.size());
        for (int node : upper) {
            int below = walker.walk(node, r.steps(), null, true, r.text());
            if (below != BASE) {
                found.set(below);
            }
        }
        IntList above = new IntList();
        found.stream().forEach(node -> java.util.Arrays.stream(graph.up[node]).forEach(above::add));
        found.andNot(Adjacency.closure(graph.up, above.toArray()));
        return Adjacency.toArray(found);
    }

    /** A start written {@code branch@...} limits the end to revisions on that branch. */
    private int[] onBranch(int[] upper, String lowerText) {
        int at = lowerText.indexOf('@');
        if (at < 0) {
            return upper;
        }
        String branch = lowerText.substring(0, at);
        if (branch.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.REVISION,
                    "Range start '" + lowerText + "' has no branch before '@'.");
        }
        return symbols.onBranch(upper, branch);
    }
}
