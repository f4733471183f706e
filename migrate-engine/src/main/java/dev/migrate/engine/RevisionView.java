package dev.migrate.engine;

import dev.migrate.api.revision.RevisionHeader;
import java.util.List;

/**
 * A revision as the graph commands show it: its header plus where it stands in the graph.
 *
 * @param header what the script declares
 * @param branchLabels the labels that apply to it, declared or inherited along its branch
 * @param head no revision revises it
 * @param effectiveHead a head that other revisions depend on, so it has no version-table row of its own
 * @param base it revises nothing
 * @param branchPoint two or more revisions revise it
 * @param mergePoint it revises two or more revisions
 * @param current the database is at it (only when the database was read)
 * @param children the revisions that revise it, in load order
 */
public record RevisionView(RevisionHeader header, List<String> branchLabels, boolean head, boolean effectiveHead,
        boolean base, boolean branchPoint, boolean mergePoint, boolean current, List<String> children) {

    public RevisionView {
        branchLabels = List.copyOf(branchLabels);
        children = List.copyOf(children);
    }

    public String id() {
        return header.id();
    }

    public RevisionView asCurrent() {
        return new RevisionView(header, branchLabels, head, effectiveHead, base, branchPoint, mergePoint, true, children);
    }
}
