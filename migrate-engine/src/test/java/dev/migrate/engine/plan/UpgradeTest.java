package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.plan.PlanAssertions.assertUpgrade;
import static dev.migrate.engine.plan.PlanAssertions.changes;
import static dev.migrate.engine.plan.PlanAssertions.from;
import static dev.migrate.engine.plan.PlanAssertions.rows;
import static dev.migrate.engine.plan.PlanAssertions.steps;
import static dev.migrate.engine.plan.PlanAssertions.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.engine.graph.GraphDsl;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Upgrades (§3.5) with their version-table statements (§3.7); cases from Alembic's test_version_traversal.py. */
class UpgradeTest {

    @Nested
    class RevisionPath {
        final dev.migrate.engine.graph.RevisionGraph g = graph("a", "b<-a", "c<-b", "d<-c", "e<-d");

        @Test
        void absoluteTargets() {
            assertUpgrade(g, from("c"), to("e"), steps("d", "e"), changes("UPDATE c -> d", "UPDATE d -> e"), rows("e"));
            assertUpgrade(g, from(), to("c"), steps("a", "b", "c"),
                    changes("INSERT a", "UPDATE a -> b", "UPDATE b -> c"), rows("c"));
            assertUpgrade(g, from(), to("head"), steps("a", "b", "c", "d", "e"), rows("e"));
        }

        @Test
        void relativeTargets() {
            assertUpgrade(g, from("a"), to("+2"), steps("b", "c"), rows("c"));
            assertUpgrade(g, from("a"), to("+1"), steps("b"), rows("b"));
            assertUpgrade(g, from("b"), to("+3"), steps("c", "d", "e"), rows("e"));
            assertUpgrade(g, from("a"), to("b+2"), steps("b", "c", "d"), rows("d"));
            assertUpgrade(g, from("a"), to("d-2"), steps("b"), rows("b"));
            assertUpgrade(g, from(), to("base+1"), steps("a"), changes("INSERT a"), rows("a"));
        }

        @Test
        void somethingAlreadyAppliedIsAnEmptyPlan() {
            MigrationPlan plan = assertUpgrade(g, from("d"), to("b"), steps(), rows("d"));
            assertTrue(plan.isEmpty());
            assertEquals(List.of("d"), plan.startHeads());
            assertUpgrade(g, from("d"), to("current"), steps(), rows("d"));
            assertUpgrade(g, from("e"), to("heads"), steps(), rows("e"));
        }

        @Test
        void relativeTargetsThatDoNotWork() {
            Planner planner = new Planner(g);
            assertRefused("Relative revision -2 moves down; upgrade needs '+N' or a revision. "
                    + "Use 'migrate downgrade -2' to go down.", () -> planner.upgrade(List.of("b"), "-2"));
            assertRefused("Relative revision +5 from 'b' walks past the head: only 3 step(s) available.",
                    () -> planner.upgrade(List.of("b"), "+5"));
            assertRefused("Relative revision -10 from 'c' walks past the base: only 3 step(s) available.",
                    () -> planner.upgrade(List.of(), "c-10"));
        }

        @Test
        void rangesAreOfflineOnly() {
            assertRefused("Range revision 'a:c' not allowed for an online upgrade; ranges work only offline (--sql).",
                    () -> new Planner(g).upgrade(List.of(), "a:c"));
            MigrationPlan plan = new Planner(g).upgradeOffline("b:d");
            assertEquals(List.of("c", "d"), plan.revisionIds());
            assertEquals(List.of("b"), plan.startHeads());
            assertEquals(List.of("a", "b", "c", "d", "e"), new Planner(g).upgradeOffline("heads").revisionIds());
            assertEquals(List.of("c", "d", "e"), new Planner(g).upgradeOffline("b:").revisionIds());
        }

        @Test
        void stepsDescribeThemselvesLikeAlembicsLogLines() {
            PlannedStep step = new Planner(g).upgrade(List.of("a"), "b").steps().get(0);
            assertEquals("upgrade a -> b", step.describe());
            assertEquals(List.of("a"), step.fromIds());
            assertEquals(List.of("b"), step.toIds());
        }
    }

    @Nested
    class BranchedPath {
        final dev.migrate.engine.graph.RevisionGraph g = graph("a", "b<-a", "c1<-b label:c1branch", "d1<-c1",
                "c2<-b label:c2branch", "d2<-c2");

        @Test
        void singleBranch() {
            assertUpgrade(g, from("b"), to("d1"), steps("c1", "d1"), changes("UPDATE b -> c1", "UPDATE c1 -> d1"),
                    rows("d1"));
        }

        @Test
        void fromOneHeadToSeveral() {
            assertUpgrade(g, from("a"), to("heads"), steps("b", "c2", "d2", "c1", "d1"),
                    changes("UPDATE a -> b", "UPDATE b -> c2", "UPDATE c2 -> d2", "INSERT c1", "UPDATE c1 -> d1"),
                    rows("d1", "d2"));
        }

        @Test
        void relativeOnABranch() {
            assertUpgrade(g, from("b"), to("c2branch@head-1"), steps("c2"), rows("c2"));
            assertUpgrade(g, from("c1"), to("c2branch@+1"), steps("c2"), changes("INSERT c2"), rows("c1", "c2"));
            assertUpgrade(g, from("c1", "c2"), to("c2branch@+1"), steps("d2"), rows("c1", "d2"));
            assertUpgrade(g, from(), to("+1"), steps("a"), rows("a"));
        }

        @Test
        void plusOneFromSeveralHeadsIsAmbiguous() {
            assertRefused("Relative revision +1 is ambiguous with several current revisions: c1, c2. Use '<label>@+1' "
                    + "or '<revision>+1', e.g. 'c1+1'.", () -> new Planner(g).upgrade(List.of("c2", "c1"), "+1"));
        }

        @Test
        void severalHeadsForHead() {
            assertRefused("Multiple heads for 'head': d1, d2. Use 'heads', '<label>@head', or run 'migrate merge'.",
                    () -> new Planner(g).upgrade(List.of(), "head"));
            assertUpgrade(g, from("b"), to("c1branch@head"), steps("c1", "d1"), rows("d1"));
        }
    }

    @Test
    void siblingBranchesRunInReverseLoadOrder() {
        // Alembic orders heads-first, depth first from the heads in load order, then reverses: c2 runs before c1.
        var g = graph("a", "b<-a", "c1<-b", "c2<-b");
        GraphDsl.assertHeads(g, "c1", "c2");
        assertUpgrade(g, from("b"), to("heads"), steps("c2", "c1"), changes("UPDATE b -> c2", "INSERT c1"),
                rows("c1", "c2"));
    }

    @Test
    void aMergeBesideABranchThatDependsOnOneSide() {
        var g = graph("a", "b<-a", "c1<-b", "c2<-b", "m<-c1,c2", "n<-b dep:c1 label:net");
        GraphDsl.assertHeads(g, "m", "n");
        assertUpgrade(g, from("b"), to("heads"), steps("c2", "c1", "n", "m"),
                changes("UPDATE b -> c2", "INSERT c1", "UPDATE c1 -> n", "UPDATE c2 -> m"), rows("m", "n"));
        assertUpgrade(g, from(), to("net@head"), steps("a", "b", "c1", "n"),
                changes("INSERT a", "UPDATE a -> b", "UPDATE b -> c1", "UPDATE c1 -> n"), rows("n"));
    }

    @Test
    void acrossAMergePoint() {
        var g = graph("a", "b<-a", "c1<-b", "d1<-c1", "c2<-b label:c2branch", "d2<-c2", "e<-d1,d2", "f<-e");
        assertUpgrade(g, from("b"), to("f"), steps("c2", "d2", "c1", "d1", "e", "f"),
                changes("UPDATE b -> c2", "UPDATE c2 -> d2", "INSERT c1", "UPDATE c1 -> d1", "DELETE d1",
                        "UPDATE d2 -> e", "UPDATE e -> f"), rows("f"));
    }

    @Test
    void theWorkedExampleOfSection37() {
        var g = graph("aaaa0001", "bbbb0002<-aaaa0001", "cccc0003<-bbbb0002", "dddd0004<-bbbb0002",
                "dddd0005<-dddd0004", "eeee0006<-dddd0005,cccc0003");
        assertUpgrade(g, from(), to("cccc0003"), steps("aaaa0001", "bbbb0002", "cccc0003"), rows("cccc0003"));
        assertUpgrade(g, from("cccc0003"), to("dddd0005"), steps("dddd0004", "dddd0005"),
                changes("INSERT dddd0004", "UPDATE dddd0004 -> dddd0005"), rows("cccc0003", "dddd0005"));
        assertUpgrade(g, from("cccc0003", "dddd0005"), to("heads"), steps("eeee0006"),
                changes("DELETE dddd0005", "UPDATE cccc0003 -> eeee0006"), rows("eeee0006"));
        // Before the merge existed, `upgrade heads` ran cccc0003 last (Alembic >= 1.10).
        var before = graph("aaaa0001", "bbbb0002<-aaaa0001", "cccc0003<-bbbb0002", "dddd0004<-bbbb0002",
                "dddd0005<-dddd0004");
        assertUpgrade(before, from(), to("heads"), steps("aaaa0001", "bbbb0002", "dddd0004", "dddd0005", "cccc0003"),
                changes("INSERT aaaa0001", "UPDATE aaaa0001 -> bbbb0002", "UPDATE bbbb0002 -> dddd0004",
                        "UPDATE dddd0004 -> dddd0005", "INSERT cccc0003"), rows("cccc0003", "dddd0005"));
    }

    @Test
    void diamond() {
        var g = graph("a", "b1<-a", "b2<-a", "c<-b1,b2", "d<-c");
        assertUpgrade(g, from(), to("d"), steps("a", "b2", "b1", "c", "d"),
                changes("INSERT a", "UPDATE a -> b2", "INSERT b1", "DELETE b1", "UPDATE b2 -> c", "UPDATE c -> d"),
                rows("d"));
    }

    @Test
    void aForestRunsTheSecondListedTreeFirst() {
        var g = graph("a1", "b1<-a1", "a2", "b2<-a2");
        assertUpgrade(g, from(), to("heads"), steps("a2", "b2", "a1", "b1"),
                changes("INSERT a2", "UPDATE a2 -> b2", "INSERT a1", "UPDATE a1 -> b1"), rows("b1", "b2"));
    }

    @Test
    void mergeOfRootsWhereOneSideGoesOn() {
        // BranchFromMergepointTest and BranchFrom3WayMergepointTest.
        var g = graph("a1", "b1<-a1", "c1<-b1", "a2", "b2<-a2", "c2<-b2", "d1<-c1,c2", "d2<-c2");
        assertUpgrade(g, from("d2", "b1"), to("d1"), steps("c1", "d1"), changes("UPDATE b1 -> c1", "UPDATE c1 -> d1"),
                rows("d2", "d1"));
        var three = graph("a1", "b1<-a1", "c1<-b1", "a2", "b2<-a2", "c2<-b2", "a3", "b3<-a3", "c3<-b3",
                "d1<-c1,c2,c3", "d2<-c2", "d3<-c3");
        assertUpgrade(three, from("d3", "d2", "b1"), to("d1"), steps("c1", "d1"), rows("d3", "d2", "d1"));
        assertUpgrade(three, from("d3", "b2", "b1"), to("d1"), steps("c2", "c1", "d1"),
                changes("UPDATE b2 -> c2", "UPDATE b1 -> c1", "DELETE c1", "UPDATE c2 -> d1"), rows("d3", "d1"));
        assertUpgrade(three, from("d3", "d1"), to("d2"), steps("d2"), changes("INSERT d2"), rows("d3", "d2", "d1"));
    }

    @Test
    void overlappingTargetsAreRefused() {
        var g = graph("a1 label:acct", "a2<-a1", "n1<-a1 dep:a2");
        assertRefused("Upgrade target 'acct@heads' names overlapping revisions: n1 descends from a2. Name only n1.",
                () -> new Planner(g).upgrade(List.of(), "acct@heads"));
    }

    @Test
    void anEmptyGraphHasNothingToDo() {
        var g = graph();
        assertUpgrade(g, from(), to("heads"), steps(), rows());
        assertUpgrade(g, from(), to("head"), steps(), rows());
    }
}
