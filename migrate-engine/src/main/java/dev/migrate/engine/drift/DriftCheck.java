package dev.migrate.engine.drift;

import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.render.PlanRenderer;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.HistoryTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what the database says it applied with what the scripts would apply now: each applied
 * revision's checksum in its latest successful upgrade row of the history table against the
 * checksum of its upgrade rendered from base, and every version-table row against the scripts.
 * Applied revisions without a history row (applied before the table existed, or stamped) are not compared.
 */
public final class DriftCheck {

    private static final int SHORT = 12;

    private final RevisionGraph graph;
    private final PlanRenderer renderer;

    public DriftCheck(RevisionGraph graph, PlanRenderer renderer) {
        this.graph = graph;
        this.renderer = renderer;
    }

    /**
     * @param rows the version-table rows
     * @param history the history table's rows, oldest first
     * @param versionTable the version table's name, for messages
     */
    public DriftReport check(List<String> rows, List<HistoryTable.Entry> history, String versionTable) {
        List<String> problems = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (String row : rows) {
            if (graph.get(row).isPresent()) {
                known.add(row);
            } else {
                problems.add("Revision " + row + " is in " + versionTable + " but not in the scripts: restore its "
                        + "script, or run 'migrate stamp' with a revision the scripts have.");
            }
        }
        Map<String, String> recorded = recordedChecksums(history);
        int matched = 0;
        for (RenderedStep step : appliedSteps(known, recorded)) {
            String id = step.step().revisionId();
            String then = recorded.get(id);
            String now = step.checksum();
            if (then.equals(now)) {
                matched++;
            } else {
                problems.add("Revision " + id + " changed since it was applied (checksum " + shorten(then)
                        + " recorded, " + shorten(now) + " now): restore its operations and make the change in a new revision.");
            }
        }
        return new DriftReport(problems, matched);
    }

    /** The checksum of each revision's latest successful upgrade. */
    private static Map<String, String> recordedChecksums(List<HistoryTable.Entry> history) {
        Map<String, String> recorded = new HashMap<>();
        for (HistoryTable.Entry entry : history) {
            if (entry.success() && entry.direction() == Direction.UPGRADE) {
                recorded.put(entry.revision(), entry.checksum());
            }
        }
        return recorded;
    }

    /** The upgrades of the applied revisions that have a recorded checksum, rendered from base in upgrade order. */
    private List<RenderedStep> appliedSteps(List<String> heads, Map<String, String> recorded) {
        if (heads.isEmpty() || graph.ancestors(heads).ids().stream().noneMatch(recorded::containsKey)) {
            return List.of();
        }
        return renderer.renderFromBase(heads).stream()
                .filter(s -> recorded.containsKey(s.step().revisionId())).toList();
    }

    private static String shorten(String checksum) {
        return checksum.length() <= SHORT ? checksum : checksum.substring(0, SHORT);
    }
}
