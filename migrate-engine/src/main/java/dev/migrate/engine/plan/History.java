package dev.migrate.engine.plan;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.graph.RangeBounds;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RevisionRange;
import dev.migrate.engine.graph.RevisionSet;
import java.util.Collection;
import java.util.List;

/**
 * Lists revisions for {@code history}: newest first, in Alembic's order, from the end of the range
 * down to (and including) its start, only along branches that go through the start.
 */
final class History {

    private final RevisionGraph graph;

    History(RevisionGraph graph) {
        this.graph = graph;
    }

    List<RevisionHeader> list(String range, Collection<String> currentRows) {
        if (range == null || range.isBlank()) {
            List<String> heads = Planner.ids(graph.heads(true));
            return graph.order(graph.ancestors(heads), heads);
        }
        if (!RevisionRange.isRange(range)) {
            throw new MigrateException(MigrateException.Kind.REVISION,
                    "History range requires [start]:[end], [start]:, or :[end]; got '" + range + "'.");
        }
        RevisionRange parsed = RevisionRange.parse(range);
        RangeBounds bounds = graph.symbols().historyBounds(parsed.start(), parsed.end(), currentRows);
        if (bounds.upper().isEmpty()) {
            return List.of();
        }
        Rows.refuseOverlap(graph, bounds.upper(), "Range end '" + parsed.end() + "' names overlapping revisions");
        RevisionSet required = graph.ancestors(bounds.upper());
        if (bounds.lower().isEmpty()) {
            return graph.order(required, bounds.upper());
        }
        Rows.refuseOverlap(graph, bounds.lower(), "Range start '" + parsed.start() + "' names overlapping revisions");
        if (!bounds.lower().stream().allMatch(required::contains)) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Requested range " + range.strip()
                    + " does not refer to ancestor/descendant revisions along the same branch; "
                    + "put the older revision first.");
        }
        RevisionSet lower = graph.setOf(bounds.lower());
        RevisionSet between = required.minus(graph.ancestors(bounds.lower())).union(lower);
        RevisionSet shown = between.intersection(graph.descendants(bounds.lower(), false));
        return graph.order(shown, bounds.upper(), between);
    }
}
