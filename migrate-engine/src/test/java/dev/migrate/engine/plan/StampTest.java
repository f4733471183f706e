package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.plan.PlanAssertions.assertStamp;
import static dev.migrate.engine.plan.PlanAssertions.changes;
import static dev.migrate.engine.plan.PlanAssertions.from;
import static dev.migrate.engine.plan.PlanAssertions.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code stamp} (§3.8): only the version table changes. */
class StampTest {

    private final RevisionGraph chain = graph("a", "b<-a", "c<-b", "d<-c");
    private final RevisionGraph branched = graph("a", "b<-a", "c1<-b label:c1branch", "d1<-c1", "c2<-b label:c2branch",
            "d2<-c2");
    private final RevisionGraph merged = graph("a", "b<-a", "c1<-b", "d1<-c1", "c2<-b label:c2branch", "d2<-c2",
            "e<-d1,d2", "f<-e");

    @Test
    void upDownAndToBase() {
        assertStamp(chain, from("d"), List.of("base"), changes("DELETE d"), rows());
        assertStamp(chain, from("d"), List.of(), changes("DELETE d"), rows());
        assertStamp(chain, from("a"), List.of("c"), changes("UPDATE a -> c"), rows("c"));
        assertStamp(chain, from("c"), List.of("a"), changes("UPDATE c -> a"), rows("a"));
        assertStamp(chain, from(), List.of("head"), changes("INSERT d"), rows("d"));
        assertTrue(assertStamp(chain, from("b"), List.of("b"), changes(), rows("b")).isEmpty());
    }

    @Test
    void acrossBranches() {
        assertStamp(branched, from("d1", "c2"), List.of("b"), changes("DELETE d1", "UPDATE c2 -> b"), rows("b"));
        assertStamp(branched, from("d1", "c2"), List.of("c1branch@base"), changes("DELETE d1"), rows("c2"));
        assertStamp(branched, from("d1", "c2"), List.of("c2branch@head"), changes("UPDATE c2 -> d2"), rows("d1", "d2"));
        assertStamp(branched, from("d1"), List.of("c2"), changes("INSERT c2"), rows("d1", "c2"));
    }

    @Test
    void acrossAMerge() {
        assertStamp(merged, from("e"), List.of("c2"), changes("UPDATE e -> c2"), rows("c2"));
        assertStamp(merged, from("e"), List.of("a"), changes("UPDATE e -> a"), rows("a"));
        assertStamp(merged, from("c2"), List.of("e"), changes("UPDATE c2 -> e"), rows("e"));
        assertStamp(merged, from("d1", "c2"), List.of("c2branch@head"), changes("DELETE d1", "UPDATE c2 -> f"), rows("f"));
        assertStamp(merged, from("d1", "c2"), List.of("e"), changes("DELETE d1", "UPDATE c2 -> e"), rows("e"));
        assertStamp(merged, from("b"), List.of("e"), changes("UPDATE b -> e"), rows("e"));
    }

    @Test
    void severalTargetsApplyOneAfterTheOther() {
        // Alembic would replace e twice here (and fail); we move e to c1 and then add c2.
        assertStamp(merged, from("e"), List.of("c1", "c2"), changes("UPDATE e -> c1", "INSERT c2"), rows("c1", "c2"));
        var forest = graph("a1", "b1<-a1", "a2", "b2<-a2");
        assertStamp(forest, from(), List.of("heads"), changes("INSERT b1", "INSERT b2"), rows("b1", "b2"));
        assertTrue(assertStamp(forest, from("b1", "b2"), List.of("heads"), changes(), rows("b1", "b2")).isEmpty());
    }

    @Test
    void acrossADependency() {
        var g = graph("a1 label:lib1", "b1<-a1", "c1<-b1", "a2", "b2<-a2", "c2<-b2 dep:c1", "d1<-c1", "e1<-d1", "f1<-e1");
        assertStamp(g, from("e1", "c2"), List.of("b1"), changes("DELETE c2", "UPDATE e1 -> b1"), rows("b1"));
        var accounts = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2");
        assertStamp(accounts, from(), List.of("heads"), changes("INSERT n2"), rows("n2"));
        assertStamp(accounts, from("n2"), List.of("acct@base"), changes("DELETE n2"), rows());
    }

    @Test
    void overlappingTargetsAreRefused() {
        var g = graph("a", "b<-a", "c<-b", "d<-b", "e<-d", "f<-b");
        Planner planner = new Planner(g);
        assertRefused("Stamp targets overlap: e descends from a, so the version table would hold both. "
                + "Stamp only e, which implies a.", () -> planner.stamp(List.of(), List.of("a", "e", "f"), false));
        assertRefused("Stamp targets overlap: c is given twice. Name it once.",
                () -> planner.stamp(List.of(), List.of("c", "c"), false));
        assertStamp(g, from(), List.of("e", "f"), changes("INSERT e", "INSERT f"), rows("e", "f"));
        assertRefused("Multiple heads for 'head': c, e, f. Use 'heads', '<label>@head', or run 'migrate merge'.",
                () -> planner.stamp(List.of(), List.of("head"), false));
    }

    @Test
    void purgeIgnoresRowsTheScriptsDoNotHave() {
        Planner planner = new Planner(chain);
        assertRefused("The database is at revision 'fake', which the revision scripts do not have. Restore the "
                + "missing script, or run 'migrate stamp --purge <revision>' to reset the version table.",
                () -> planner.stamp(List.of("fake"), List.of("a"), false));
        StampPlan plan = planner.stamp(List.of("fake"), List.of("a"), true);
        assertTrue(plan.purge());
        assertFalse(plan.isEmpty());
        assertEquals(List.of("fake"), plan.startHeads());
        assertEquals(List.of("INSERT a"), plan.changes().stream().map(Object::toString).toList());
        assertEquals(List.of("a"), plan.resultingHeads());
        assertEquals(List.of("c"), planner.stamp(List.of("a", "c"), List.of("c"), true).resultingHeads());
    }
}
