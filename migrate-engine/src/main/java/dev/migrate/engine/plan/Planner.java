package dev.migrate.engine.plan;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.graph.DowngradeTarget;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RevisionRange;
import dev.migrate.engine.graph.RevisionSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans upgrades, downgrades, stamps and history listings over one {@link RevisionGraph}, as
 * Alembic's {@code ScriptDirectory} and {@code RevisionMap} do (inventory §3.5–3.8). Current rows
 * are the version-table rows; a row the scripts do not have, or two rows where one descends from
 * the other, is refused.
 */
public final class Planner {

    /**
     * Made on the first plan, not when a history listing makes a planner: starting SLF4J scans the
     * class path, ~10 ms of a command-line run that logs nothing.
     */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(Planner.class);
    }

    private final RevisionGraph graph;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Everything {@code target} needs that the rows do not imply, each after what it revises or depends on. */
    public MigrationPlan upgrade(Collection<String> currentRows, String target) {
        Objects.requireNonNull(target, "target");
        refuseRange(target, "upgrade");
        List<String> rows = Rows.validated(graph, currentRows);
        List<String> targets = graph.symbols().upgradeTargets(target, rows);
        Rows.refuseOverlap(graph, targets, "Upgrade target '" + target + "' names overlapping revisions");
        RevisionSet needed = graph.ancestors(targets).minus(graph.ancestors(rows));
        List<RevisionHeader> order = new ArrayList<>(graph.order(needed, targets));
        Collections.reverse(order);
        VersionTable table = VersionTable.upgrading(graph, rows);
        List<PlannedStep> steps = new ArrayList<>(order.size());
        for (RevisionHeader revision : order) {
            steps.add(new PlannedStep(revision, Direction.UPGRADE, table.upgrade(revision.id())));
        }
        Log.LOG.debug("Upgrade from {} to '{}' ({}): {} step(s), rows after: {}", rows, target, targets, steps.size(),
                table.rows());
        return new MigrationPlan(Direction.UPGRADE, steps, rows, table.rows());
    }

    /** Everything above {@code target} that is applied, dependents included, newest first (§3.6). */
    public MigrationPlan downgrade(Collection<String> currentRows, String target) {
        Objects.requireNonNull(target, "target");
        refuseRange(target, "downgrade");
        List<String> rows = Rows.validated(graph, currentRows);
        if ("current".equals(target)) {
            return new MigrationPlan(Direction.DOWNGRADE, List.of(), rows, rows);
        }
        DowngradeTarget destination = graph.symbols().downgradeTarget(target, rows);
        List<String> roots = roots(destination, target);
        RevisionSet drop = graph.descendants(roots).intersection(graph.ancestors(rows));
        if (destination.revision().isPresent() && drop.isEmpty() && !rows.contains(destination.revision().get())) {
            if (rows.isEmpty()) {
                throw new MigrateException(MigrateException.Kind.REVISION, "Destination " + target + " is not a valid "
                        + "downgrade target: the database is at base (no revision applied), so there is nothing to downgrade.");
            }
            throw new MigrateException(MigrateException.Kind.REVISION, "Destination " + target
                    + " is not a valid downgrade target from current head(s) " + describe(rows)
                    + ": it is not below them. Run 'migrate current' and 'migrate history' to choose one.");
        }
        VersionTable table = VersionTable.downgrading(graph, rows);
        List<PlannedStep> steps = new ArrayList<>();
        for (RevisionHeader revision : graph.order(drop, rows)) {
            steps.add(new PlannedStep(revision, Direction.DOWNGRADE, table.downgrade(revision.id())));
        }
        Log.LOG.debug("Downgrade from {} to '{}' ({}): {} step(s), rows after: {}", rows, target, destination,
                steps.size(), table.rows());
        return new MigrationPlan(Direction.DOWNGRADE, steps, rows, table.rows());
    }

    /** An offline upgrade over {@code start:end} (start replaces the database read) or to {@code end} from base. */
    public MigrationPlan upgradeOffline(String range) {
        if (!RevisionRange.isRange(range)) {
            return upgrade(List.of(), range);
        }
        RevisionRange parsed = RevisionRange.parse(range);
        return upgrade(startRows(parsed.start()), parsed.end().isEmpty() ? "heads" : parsed.end());
    }

    /** An offline downgrade over {@code start:end}; the start is required, since no database is read. */
    public MigrationPlan downgradeOffline(String range) {
        if (!RevisionRange.isRange(range)) {
            throw new MigrateException(MigrateException.Kind.REVISION, "An offline downgrade requires <fromrev>:<torev>, "
                    + "e.g. 'head:" + range + "'; got '" + range + "'.");
        }
        RevisionRange parsed = RevisionRange.parse(range);
        return downgrade(startRows(parsed.start()), parsed.end().isEmpty() ? "base" : parsed.end());
    }

    /** The version-table statements that make the rows {@code targets} without running any revision (§3.8). */
    public StampPlan stamp(Collection<String> currentRows, List<String> targets, boolean purge) {
        return new Stamper(graph).plan(currentRows, targets, purge);
    }

    /** Revisions in {@code range} ({@code start:end}, null for all), newest first, as {@code history} lists them. */
    public List<RevisionHeader> history(String range, Collection<String> currentRows) {
        return new History(graph).list(range, currentRows);
    }

    private List<String> roots(DowngradeTarget destination, String target) {
        List<RevisionHeader> roots = destination.revision().isEmpty() ? graph.bases()
                : graph.children(destination.revision().get());
        if (destination.branch().isEmpty() || roots.size() <= 1) {
            return ids(roots);
        }
        String branch = graph.symbols().resolveBranch(destination.branch().get()).id();
        RevisionSet onBranch = graph.ancestors(List.of(branch), false);
        List<String> kept = ids(roots).stream().filter(onBranch::contains).toList();
        if (kept.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Not a valid downgrade target from current heads: "
                    + "no revision after '" + target + "' is on branch '" + destination.branch().get()
                    + "'. Check the branch name before '@'.");
        }
        return kept;
    }

    private List<String> startRows(String start) {
        return start.isEmpty() || "base".equals(start) ? List.of() : ids(graph.resolve(start));
    }

    private static void refuseRange(String target, String command) {
        if (RevisionRange.isRange(target)) {
            throw new MigrateException(MigrateException.Kind.REVISION, "Range revision '" + target
                    + "' not allowed for an online " + command + "; ranges work only offline (--sql).");
        }
    }

    static List<String> ids(List<RevisionHeader> revisions) {
        return revisions.stream().map(RevisionHeader::id).toList();
    }

    static String describe(List<String> rows) {
        return rows.isEmpty() ? "(none)" : String.join(", ", rows);
    }
}
