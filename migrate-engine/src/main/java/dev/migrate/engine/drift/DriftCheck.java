package dev.migrate.engine.drift;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.render.PlanRenderer;
import dev.migrate.engine.render.RenderedStep;
import dev.migrate.engine.runtime.HistoryTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final Optional<ChecksumCache> cache;

    public DriftCheck(RevisionGraph graph, PlanRenderer renderer) {
        this(graph, renderer, Optional.empty());
    }

    /** A check that takes the checksums of unchanged scripts from {@code cache}. */
    public DriftCheck(RevisionGraph graph, PlanRenderer renderer, Optional<ChecksumCache> cache) {
        this.graph = graph;
        this.renderer = renderer;
        this.cache = cache;
    }

    /**
     * @param rows the version-table rows
     * @param recorded the checksum of each revision's latest successful upgrade in the history
     *     table ({@link HistoryTable#upgradeChecksums})
     * @param versionTable the version table's name, for messages
     */
    public DriftReport check(List<String> rows, Map<String, String> recorded, String versionTable) {
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
        int matched = 0;
        for (Map.Entry<String, String> applied : appliedChecksums(known, recorded).entrySet()) {
            String id = applied.getKey();
            String then = recorded.get(id);
            String now = applied.getValue();
            if (then.equals(now)) {
                matched++;
            } else {
                problems.add("Revision " + id + " changed since it was applied (checksum " + shorten(then)
                        + " recorded, " + shorten(now) + " now): restore its operations and make the change in a new revision.");
            }
        }
        return new DriftReport(problems, matched);
    }

    /**
     * The checksums of the upgrades of the applied revisions that have a recorded one, in upgrade
     * order: from the cache when every script is unchanged, else rendered from base.
     */
    private Map<String, String> appliedChecksums(List<String> heads, Map<String, String> recorded) {
        if (heads.isEmpty() || graph.ancestors(heads).ids().stream().noneMatch(recorded::containsKey)) {
            return Map.of();
        }
        List<RevisionHeader> order = renderer.upgradeOrder(heads);
        Map<String, String> all = cache.flatMap(c -> c.lookup(order)).orElseGet(() -> {
            Map<String, String> rendered = new LinkedHashMap<>();
            for (RenderedStep step : renderer.renderFromBase(heads)) {
                rendered.put(step.step().revisionId(), step.checksum());
            }
            cache.ifPresent(c -> c.store(order, rendered));
            return rendered;
        });
        Map<String, String> applied = new LinkedHashMap<>();
        all.forEach((id, checksum) -> {
            if (recorded.containsKey(id)) {
                applied.put(id, checksum);
            }
        });
        return applied;
    }

    private static String shorten(String checksum) {
        return checksum.length() <= SHORT ? checksum : checksum.substring(0, SHORT);
    }
}
