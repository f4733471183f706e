package dev.migrate.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;

/**
 * {@code assertUpgrade(g, from("b"), to("heads"), steps("c1", "c2"), changes("UPDATE b -> c1", "INSERT c2"), rows("c1", "c2"))}:
 * the ordered steps, every version-table statement in order, and the rows left, in one line.
 */
final class PlanAssertions {

    /** Version-table rows, in any order. */
    record Rows(List<String> ids) {
    }

    /** Revision ids in execution order. */
    record Steps(List<String> ids) {
    }

    /** Version-table statements in execution order, as {@code INSERT x}, {@code UPDATE x -> y}, {@code DELETE x}. */
    record Changes(List<String> statements) {
    }

    private PlanAssertions() {
    }

    static Rows from(String... rows) {
        return new Rows(List.of(rows));
    }

    static Rows rows(String... rows) {
        return new Rows(List.of(rows));
    }

    static String to(String target) {
        return target;
    }

    static Steps steps(String... ids) {
        return new Steps(List.of(ids));
    }

    static Changes changes(String... statements) {
        return new Changes(List.of(statements));
    }

    static MigrationPlan assertUpgrade(RevisionGraph g, Rows from, String to, Steps steps, Rows rows) {
        return check(g, new Planner(g).upgrade(from.ids(), to), Direction.UPGRADE, steps, rows);
    }

    static MigrationPlan assertUpgrade(RevisionGraph g, Rows from, String to, Steps steps, Changes changes, Rows rows) {
        MigrationPlan plan = assertUpgrade(g, from, to, steps, rows);
        assertEquals(changes.statements(), statements(plan), "version-table changes");
        return plan;
    }

    static MigrationPlan assertDowngrade(RevisionGraph g, Rows from, String to, Steps steps, Rows rows) {
        return check(g, new Planner(g).downgrade(from.ids(), to), Direction.DOWNGRADE, steps, rows);
    }

    static MigrationPlan assertDowngrade(RevisionGraph g, Rows from, String to, Steps steps, Changes changes, Rows rows) {
        MigrationPlan plan = assertDowngrade(g, from, to, steps, rows);
        assertEquals(changes.statements(), statements(plan), "version-table changes");
        return plan;
    }

    static StampPlan assertStamp(RevisionGraph g, Rows from, List<String> targets, Changes changes, Rows rows) {
        StampPlan plan = new Planner(g).stamp(from.ids(), targets, false);
        assertEquals(changes.statements(), plan.changes().stream().map(Object::toString).toList(), "stamp changes");
        assertEquals(g.currentRows(rows.ids()), plan.resultingHeads(), "rows after the stamp");
        return plan;
    }

    static List<String> statements(MigrationPlan plan) {
        return plan.steps().stream().flatMap(step -> step.versionChanges().stream()).map(Object::toString).toList();
    }

    private static MigrationPlan check(RevisionGraph g, MigrationPlan plan, Direction direction, Steps steps, Rows rows) {
        assertEquals(direction, plan.direction());
        assertEquals(steps.ids(), plan.revisionIds(), "steps");
        assertEquals(g.currentRows(rows.ids()), plan.resultingHeads(), "rows after the plan");
        plan.steps().forEach(step -> assertEquals(direction, step.direction()));
        return plan;
    }
}
