package dev.migrate.engine.plan;

import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RevisionSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The version table as the planner tracks it: one row per current head (dependencies count as
 * parents, so a revision only depended on never has its own row), changed step by step as in
 * Alembic's {@code HeadMaintainer} (§3.7).
 *
 * <p>Where Alembic's choice depends on Python set order (which parent row a merge keeps, which one
 * an unmerge updates), ours follows declared order: revises, then dependencies; the last parent
 * present is the one UPDATEd, the others are DELETEd (merge) or INSERTed (unmerge).
 */
final class VersionTable {

    private final RevisionGraph graph;
    private final Set<String> rows;
    private final RevisionSet applied;
    private final Set<String> removed = new HashSet<>();

    private VersionTable(RevisionGraph graph, Collection<String> rows, RevisionSet applied) {
        this.graph = graph;
        this.rows = new HashSet<>(rows);
        this.applied = applied;
    }

    static VersionTable upgrading(RevisionGraph graph, Collection<String> rows) {
        return new VersionTable(graph, rows, graph.setOf(List.of()));
    }

    static VersionTable downgrading(RevisionGraph graph, Collection<String> rows) {
        return new VersionTable(graph, rows, graph.ancestors(rows));
    }

    /** The statements after upgrading {@code revision}. */
    List<VersionChange> upgrade(String revision) {
        List<String> present = graph.downRevisions(revision).stream().filter(rows::contains).toList();
        List<VersionChange> changes = new ArrayList<>();
        if (present.isEmpty()) {
            insert(revision, changes);
            return changes;
        }
        for (String merged : present.subList(0, present.size() - 1)) {
            delete(merged, changes);
        }
        update(present.get(present.size() - 1), revision, changes);
        return changes;
    }

    /** The statements after downgrading {@code revision}, which must be a current row. */
    List<VersionChange> downgrade(String revision) {
        if (!rows.contains(revision)) {
            throw new IllegalStateException("Downgrade of " + revision + " which is not a version-table row " + rows);
        }
        List<String> parents = graph.downRevisions(revision);
        List<String> back = parents.stream().filter(parent -> !stillImplied(parent, revision)).toList();
        removed.add(revision);
        List<VersionChange> changes = new ArrayList<>();
        if (back.isEmpty()) {
            delete(revision, changes);
            return changes;
        }
        for (String unmerged : back.subList(0, back.size() - 1)) {
            insert(unmerged, changes);
        }
        update(revision, back.get(back.size() - 1), changes);
        return changes;
    }

    /** The rows, in load order. */
    List<String> rows() {
        return graph.currentRows(rows);
    }

    /** Whether a revision other than {@code leaving} that stays applied revises or depends on {@code parent}. */
    private boolean stillImplied(String parent, String leaving) {
        for (String child : graph.upRevisions(parent)) {
            if (!child.equals(leaving) && applied.contains(child) && !removed.contains(child)) {
                return true;
            }
        }
        return false;
    }

    private void insert(String revision, List<VersionChange> changes) {
        rows.add(revision);
        changes.add(new VersionChange.Insert(revision));
    }

    private void update(String from, String to, List<VersionChange> changes) {
        rows.remove(from);
        rows.add(to);
        changes.add(new VersionChange.Update(from, to));
    }

    private void delete(String revision, List<VersionChange> changes) {
        rows.remove(revision);
        changes.add(new VersionChange.Delete(revision));
    }
}
