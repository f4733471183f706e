package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.plan.PlanAssertions.assertDowngrade;
import static dev.migrate.engine.plan.PlanAssertions.assertUpgrade;
import static dev.migrate.engine.plan.PlanAssertions.changes;
import static dev.migrate.engine.plan.PlanAssertions.from;
import static dev.migrate.engine.plan.PlanAssertions.rows;
import static dev.migrate.engine.plan.PlanAssertions.steps;
import static dev.migrate.engine.plan.PlanAssertions.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Cross-branch dependencies (§3.4): a dependency is a merge parent for ordering and for the version table. */
class DependsOnTest {

    @Nested
    class AccountsAndNetworking {
        final RevisionGraph g = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2");

        @Test
        void upgradeHeadsEndsWithOneRow() {
            assertTrue(g.isEffectiveHead("a2"));
            assertUpgrade(g, from(), to("heads"), steps("a1", "a2", "n1", "n2"),
                    changes("INSERT a1", "UPDATE a1 -> a2", "INSERT n1", "DELETE n1", "UPDATE a2 -> n2"), rows("n2"));
        }

        @Test
        void aBranchHeadBringsItsDependency() {
            assertUpgrade(g, from(), to("net@head"), steps("a1", "a2", "n1", "n2"), rows("n2"));
            assertUpgrade(g, from("a2"), to("net@head"), steps("n1", "n2"),
                    changes("INSERT n1", "DELETE n1", "UPDATE a2 -> n2"), rows("n2"));
            assertUpgrade(g, from(), to("acct@head"), steps("a1", "a2"), rows("a2"));
        }

        @Test
        void downgradingTheDependencyTakesTheDependentDownFirst() {
            assertDowngrade(g, from("n2"), to("acct@base"), steps("n2", "a2", "a1"),
                    changes("INSERT n1", "UPDATE n2 -> a2", "UPDATE a2 -> a1", "DELETE a1"), rows("n1"));
        }

        @Test
        void downgradingTheDependentLeavesTheDependency() {
            assertDowngrade(g, from("n2"), to("net@base"), steps("n2", "n1"),
                    changes("INSERT n1", "UPDATE n2 -> a2", "DELETE n1"), rows("a2"));
            assertDowngrade(g, from("n2"), to("n1"), steps("n2"), rows("n1", "a2"));
        }

        @Test
        void aRevisionOnTopOfAnEffectiveHeadGetsItsOwnRow() {
            var grown = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2", "a3<-a2");
            assertUpgrade(grown, from("n2"), to("a3"), steps("a3"), changes("INSERT a3"), rows("n2", "a3"));
        }
    }

    @Test
    void downgradeToADependency() {
        var g = graph("a1 label:lib1", "b1<-a1", "c1<-b1", "a2", "b2<-a2", "c2<-b2 dep:c1", "d1<-c1", "e1<-d1", "f1<-e1");
        assertDowngrade(g, from("c2", "d1"), to("c1"), steps("d1"), changes("DELETE d1"), rows("c2"));
    }

    @Test
    void kaboom() {
        // DependsOnBranchTestTwo: three merges and an overmerge through depends_on.
        var g = graph("a1", "a2", "a3", "amerge<-a1,a2,a3", "b1", "b2", "bmerge<-b1,b2", "c1", "c2", "c3",
                "cmerge<-c1,c2,c3", "d1 dep:a3,b2,c1");
        assertDowngrade(g, from("amerge", "bmerge", "cmerge", "d1"), to("b2"), steps("bmerge"),
                rows("amerge", "b1", "cmerge", "d1"));
        assertDowngrade(g, from("amerge", "d1", "b1", "cmerge"), to("d1@base"), steps("d1"),
                changes("UPDATE d1 -> b2"), rows("amerge", "b1", "b2", "cmerge"));
        assertDowngrade(g, from("amerge", "b1", "b2", "cmerge"), to("base"),
                steps("amerge", "a1", "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3"), rows());
    }

    @Test
    void crissCross() {
        // #377: b2 may go while a3, which b2 does not imply, keeps b1.
        var g = graph("a1", "a2<-a1", "b1", "b2<-b1 dep:a2", "b3<-b2", "a3<-a2 dep:b1");
        assertDowngrade(g, from("a3", "b2"), to("b1"), steps("b2"), changes("DELETE b2"), rows("a3"));
    }

    @Test
    void dependingOnTheOwnParent() {
        // #843.
        var g = graph("a1", "a2<-a1 dep:a1");
        assertUpgrade(g, from(), to("a2"), steps("a1", "a2"), changes("INSERT a1", "UPDATE a1 -> a2"), rows("a2"));
        assertDowngrade(g, from("a2"), to("a1"), steps("a2"), changes("UPDATE a2 -> a1"), rows("a1"));
    }

    @Test
    void aDependencyDeclaredTwiceAlongABranch() {
        // #789: b3 still implies a3, so no row for a3 comes back.
        var g = graph("a1", "a2<-a1", "a3<-a2", "b1", "b2<-b1 dep:a3", "b3<-b2", "b4<-b3 dep:a3");
        assertDowngrade(g, from("b4"), to("b3"), steps("b4"), changes("UPDATE b4 -> b3"), rows("b3"));
    }

    @Test
    void aMergeWithADependency() {
        // #1373.
        var g = graph("a1", "b1 dep:a1", "bmerge<-a1,b1");
        assertUpgrade(g, from("a1"), to("b1"), steps("b1"), changes("UPDATE a1 -> b1"), rows("b1"));
        assertUpgrade(g, from("b1"), to("bmerge"), steps("bmerge"), changes("UPDATE b1 -> bmerge"), rows("bmerge"));
        assertDowngrade(g, from("bmerge"), to("a1"), steps("bmerge"), changes("UPDATE bmerge -> b1"), rows("b1"));
        assertDowngrade(g, from("bmerge"), to("b1"), steps("bmerge"), rows("b1"));
    }

    @Test
    void dependsOnABranchLabel() {
        var g = graph("a1 label:lib1", "b1<-a1", "c1<-b1 label:c1lib", "a2", "b2<-a2", "c2<-b2 dep:c1lib", "d1<-c1",
                "e1<-d1", "f1<-e1");
        assertUpgrade(g, from("a2"), to("c2"), steps("a1", "b1", "c1", "b2", "c2"),
                changes("INSERT a1", "UPDATE a1 -> b1", "UPDATE b1 -> c1", "UPDATE a2 -> b2", "DELETE b2",
                        "UPDATE c1 -> c2"), rows("c2"));
    }

    @Test
    void crossDependentBranches() {
        var g = graph("a", "b<-a", "c1<-b label:c1branch", "d1<-c1", "c2<-b label:c2branch", "d2<-c2 dep:c1");
        assertDowngrade(g, from("d1", "d2"), to("c2branch@b"), steps("d2", "c2"), rows("d1"));
        MigrationPlan plan = new Planner(g).downgrade(List.of("d1", "d2"), "c1branch@b");
        List<String> order = plan.revisionIds();
        assertEquals(List.of("c1", "d1", "d2"), order.stream().sorted().toList());
        assertTrue(order.indexOf("d1") < order.indexOf("c1") && order.indexOf("d2") < order.indexOf("c1"));
        assertEquals(List.of("c2"), plan.resultingHeads());
    }

    @Test
    void effectiveHeadsInDowngrades() {
        // MultipleBranchEffectiveHead: y2 depends on x1.
        var g = graph("y1 label:y", "x1 label:x", "y2<-y1 dep:x1", "x2<-x1");
        assertDowngrade(g, from("x2", "y2"), to("x@-1"), steps("x2"), changes("DELETE x2"), rows("y2"));
        assertDowngrade(g, from("y2"), to("x@-1"), steps("y2", "x1"),
                changes("INSERT y1", "UPDATE y2 -> x1", "DELETE x1"), rows("y1"));
    }
}
