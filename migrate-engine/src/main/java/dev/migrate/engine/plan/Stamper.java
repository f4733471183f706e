package dev.migrate.engine.plan;

import dev.migrate.api.MigrateException;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RevisionSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans {@code stamp} (§3.8): for each target, a base deletes the rows of its lineage, a target
 * already present does nothing, a target above or below some rows replaces them (DELETE all but
 * the last, UPDATE the last), and an unrelated target inserts a new branch row.
 *
 * <p>Unlike Alembic, targets are applied one after the other against the rows as they stand, and
 * only the rows related to a target take part in its move; overlapping targets are refused.
 */
final class Stamper {

    private static final Logger LOG = LoggerFactory.getLogger(Stamper.class);

    private final RevisionGraph graph;

    Stamper(RevisionGraph graph) {
        this.graph = graph;
    }

    StampPlan plan(Collection<String> currentRows, List<String> targets, boolean purge) {
        List<String> start = purge ? List.copyOf(new LinkedHashSet<>(currentRows)) : Rows.validated(graph, currentRows);
        Set<String> rows = purge ? new HashSet<>() : new HashSet<>(start);
        List<String> texts = targets.isEmpty() ? List.of("base") : targets;
        List<List<String>> resolved = new ArrayList<>();
        for (String text : texts) {
            resolved.add(Planner.ids(graph.resolve(text)));
        }
        refuseOverlap(resolved.stream().flatMap(List::stream).toList());
        List<VersionChange> changes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (resolved.get(i).isEmpty()) {
                clearBranch(texts.get(i), rows, changes);
            }
            for (String destination : resolved.get(i)) {
                stampTo(destination, rows, changes);
            }
        }
        LOG.debug("Stamp {} from {}{}: {}", texts, start, purge ? " (purged)" : "", changes);
        return new StampPlan(purge, changes, start, graph.currentRows(rows));
    }

    private void stampTo(String destination, Set<String> rows, List<VersionChange> changes) {
        if (rows.contains(destination)) {
            return;
        }
        RevisionSet related = graph.ancestors(List.of(destination)).union(graph.descendants(List.of(destination)));
        List<String> replaced = graph.currentRows(rows).stream().filter(related::contains).toList();
        if (replaced.isEmpty()) {
            rows.add(destination);
            changes.add(new VersionChange.Insert(destination));
            return;
        }
        for (String row : replaced.subList(0, replaced.size() - 1)) {
            rows.remove(row);
            changes.add(new VersionChange.Delete(row));
        }
        String last = replaced.get(replaced.size() - 1);
        rows.remove(last);
        rows.add(destination);
        changes.add(new VersionChange.Update(last, destination));
    }

    /** {@code base} deletes every row; {@code label@base} the rows in that label's lineage, dependents included. */
    private void clearBranch(String text, Set<String> rows, List<VersionChange> changes) {
        int at = text.lastIndexOf('@');
        String symbol = at < 0 ? text : text.substring(at + 1);
        if (!symbol.isEmpty() && !"base".equals(symbol)) {
            return;
        }
        RevisionSet lineage = at <= 0 ? null
                : graph.lineage(graph.symbols().resolveBranch(text.substring(0, at)).id(), true);
        for (String row : graph.currentRows(rows)) {
            if (lineage == null || lineage.contains(row)) {
                rows.remove(row);
                changes.add(new VersionChange.Delete(row));
            }
        }
    }

    private void refuseOverlap(List<String> destinations) {
        Set<String> seen = new HashSet<>();
        for (String destination : destinations) {
            if (!seen.add(destination)) {
                throw new MigrateException(MigrateException.Kind.REVISION,
                        "Stamp targets overlap: " + destination + " is given twice. Name it once.");
            }
        }
        graph.overlap(destinations).ifPresent(overlap -> {
            throw new MigrateException(MigrateException.Kind.REVISION, "Stamp targets overlap: " + overlap.revision()
                    + " descends from " + overlap.ancestor() + ", so the version table would hold both. Stamp only "
                    + overlap.revision() + ", which implies " + overlap.ancestor() + ".");
        });
    }
}
