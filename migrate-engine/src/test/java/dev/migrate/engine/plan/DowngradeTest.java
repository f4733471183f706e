package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.plan.PlanAssertions.assertDowngrade;
import static dev.migrate.engine.plan.PlanAssertions.changes;
import static dev.migrate.engine.plan.PlanAssertions.from;
import static dev.migrate.engine.plan.PlanAssertions.rows;
import static dev.migrate.engine.plan.PlanAssertions.steps;
import static dev.migrate.engine.plan.PlanAssertions.to;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Downgrades (§3.6) with their version-table statements; cases from Alembic's test_version_traversal.py. */
class DowngradeTest {

    @Nested
    class RevisionPath {
        final RevisionGraph g = graph("a", "b<-a", "c<-b", "d<-c", "e<-d");

        @Test
        void absoluteTargets() {
            assertDowngrade(g, from("e"), to("c"), steps("e", "d"), changes("UPDATE e -> d", "UPDATE d -> c"), rows("c"));
            assertDowngrade(g, from("c"), to("base"), steps("c", "b", "a"),
                    changes("UPDATE c -> b", "UPDATE b -> a", "DELETE a"), rows());
            assertDowngrade(g, from(), to("base"), steps(), rows());
        }

        @Test
        void toARevisionAlreadyCurrentDoesNothing() {
            // #838 and #839.
            assertDowngrade(g, from("a"), to("a"), steps(), rows("a"));
            assertDowngrade(g, from("e"), to("e"), steps(), rows("e"));
            assertDowngrade(g, from("e"), to("current"), steps(), rows("e"));
        }

        @Test
        void relativeTargets() {
            assertDowngrade(g, from("c"), to("-1"), steps("c"), rows("b"));
            assertDowngrade(g, from("e"), to("-3"), steps("e", "d", "c"), rows("b"));
            assertDowngrade(g, from("d"), to("a+2"), steps("d"), rows("c"));
            assertDowngrade(g, from("d"), to("c-2"), steps("d", "c", "b"), rows("a"));
            assertDowngrade(g, from("a"), to("-1"), steps("a"), changes("DELETE a"), rows());
        }

        @Test
        void relativeTargetsThatDoNotWork() {
            Planner planner = new Planner(g);
            assertRefused("Relative revision -5 from 'b' walks past the base: only 2 step(s) available.",
                    () -> planner.downgrade(List.of("b"), "-5"));
            assertRefused("Relative revision +2 moves up; downgrade needs '-N' or a revision. "
                    + "Use 'migrate upgrade +2' to go up.", () -> planner.downgrade(List.of("b"), "+2"));
            assertRefused("Relative revision -1 walks past the base: no revision is applied.",
                    () -> planner.downgrade(List.of(), "-1"));
        }

        @Test
        void aTargetNotBelowTheCurrentHeads() {
            Planner planner = new Planner(g);
            assertRefused("Destination b is not a valid downgrade target: the database is at base (no revision "
                    + "applied), so there is nothing to downgrade.",
                    () -> planner.downgrade(List.of(), "b"));
            assertRefused("Destination c is not a valid downgrade target from current head(s) b: it is not below "
                    + "them. Run 'migrate current' and 'migrate history' to choose one.",
                    () -> planner.downgrade(List.of("b"), "c"));
        }

        @Test
        void offlineDowngradesNeedARange() {
            Planner planner = new Planner(g);
            assertEquals(List.of("e", "d"), planner.downgradeOffline("e:c").revisionIds());
            assertEquals(List.of("c", "b", "a"), planner.downgradeOffline("c:").revisionIds());
            assertRefused("An offline downgrade requires <fromrev>:<torev>, e.g. 'head:c'; got 'c'.",
                    () -> planner.downgradeOffline("c"));
            assertRefused("Range revision 'e:c' not allowed for an online downgrade; ranges work only offline (--sql).",
                    () -> planner.downgrade(List.of("e"), "e:c"));
        }

        @Test
        void stepsDescribeThemselves() {
            PlannedStep step = new Planner(g).downgrade(List.of("c"), "b").steps().get(0);
            assertEquals("downgrade c -> b", step.describe());
            assertEquals(List.of("c"), step.fromIds());
            assertEquals(List.of("b"), step.toIds());
        }
    }

    @Nested
    class BranchedPath {
        final RevisionGraph g = graph("a", "b<-a", "c1<-b label:c1branch", "d1<-c1", "c2<-b label:c2branch", "d2<-c2");

        @Test
        void bothBranches() {
            assertDowngrade(g, from("d1", "d2"), to("a"), steps("d1", "c1", "d2", "c2", "b"),
                    changes("UPDATE d1 -> c1", "DELETE c1", "UPDATE d2 -> c2", "UPDATE c2 -> b", "UPDATE b -> a"),
                    rows("a"));
            assertDowngrade(g, from("d2", "d1"), to("base+2"), steps("d1", "c1", "d2", "c2"), rows("b"));
        }

        @Test
        void oneBranchByLabelOrRevision() {
            assertDowngrade(g, from("d2", "d1"), to("c2branch@base+2"), steps("d2", "c2"),
                    changes("UPDATE d2 -> c2", "DELETE c2"), rows("d1"));
            assertDowngrade(g, from("d2", "d1"), to("c2"), steps("d2"), rows("d1", "c2"));
            assertDowngrade(g, from("d2", "d1"), to("c2branch@base+3"), steps("d2"), rows("d1", "c2"));
            assertDowngrade(g, from("c1", "d2"), to("c1branch@b"), steps("c1"), rows("d2"));
            assertDowngrade(g, from("c1", "d2"), to("c2branch@b"), steps("d2", "c2"), rows("c1"));
            assertDowngrade(g, from("d1", "d2"), to("c2@b"), steps("d2", "c2"), rows("d1"));
            assertDowngrade(g, from("d1", "d2"), to("d1@b"), steps("d1", "c1"), rows("d2"));
        }

        @Test
        void relativeOnOneBranch() {
            assertDowngrade(g, from("d1", "d2"), to("c1branch@-1"), steps("d1"), rows("c1", "d2"));
            assertDowngrade(g, from("d1", "d2"), to("c1branch@head-1"), steps("d1"), rows("c1", "d2"));
            assertDowngrade(g, from("d2", "c1"), to("d2-1"), steps("d2"), rows("c1", "c2"));
        }

        @Test
        void minusOneFromSeveralHeadsIsRefused() {
            // Alembic warns and uses the first row it read; row order is not something to rely on.
            assertRefused("Relative revision -1 is ambiguous with several current revisions: d1, d2. Use '<label>@-1' "
                    + "or '<revision>-1', e.g. 'd1-1'.", () -> new Planner(g).downgrade(List.of("d2", "d1"), "-1"));
        }

        @Test
        void noEffectWhenTheTargetIsAHead() {
            assertDowngrade(g, from("d1", "c2"), to("c2"), steps(), rows("d1", "c2"));
            assertDowngrade(g, from("d1", "c2"), to("d1"), steps(), rows("d1", "c2"));
        }

        @Test
        void aBranchThatHasNothingAfterTheTarget() {
            assertRefused("Not a valid downgrade target from current heads: no revision after 'a@b' is on branch 'a'. "
                    + "Check the branch name before '@'.", () -> new Planner(g).downgrade(List.of("d1", "d2"), "a@b"));
        }
    }

    @Nested
    class AcrossAMerge {
        final RevisionGraph g = graph("a", "b<-a", "c1<-b", "d1<-c1", "c2<-b label:c2branch", "d2<-c2", "e<-d1,d2",
                "f<-e");

        @Test
        void unmergeInsertsTheOtherParents() {
            assertDowngrade(g, from("f"), to("b"), steps("f", "e", "d1", "c1", "d2", "c2"),
                    changes("UPDATE f -> e", "INSERT d1", "UPDATE e -> d2", "UPDATE d1 -> c1", "DELETE c1",
                            "UPDATE d2 -> c2", "UPDATE c2 -> b"), rows("b"));
        }

        @Test
        void downgradingToAParentRunsOnlyTheMerge() {
            assertDowngrade(g, from("e"), to("d2"), steps("e"), changes("INSERT d1", "UPDATE e -> d2"), rows("d1", "d2"));
        }

        @Test
        void minusOneAtAMergeNamesTheParents() {
            assertRefused("Relative revision -1 from 'e' is ambiguous: 'e' merges d1, d2. Name the revision instead, "
                    + "e.g. 'd1' or 'e@d1'.", () -> new Planner(g).downgrade(List.of("e"), "-1"));
            assertDowngrade(g, from("e"), to("e@d1"), steps("e"), rows("d1", "d2"));
        }
    }

    @Test
    void theWorkedExampleOfSection37() {
        var g = graph("aaaa0001", "bbbb0002<-aaaa0001", "cccc0003<-bbbb0002", "dddd0004<-bbbb0002",
                "dddd0005<-dddd0004", "eeee0006<-dddd0005,cccc0003");
        MigrationPlan plan = new Planner(g).downgradeOffline("eeee0006:bbbb0002");
        assertEquals(List.of("eeee0006", "dddd0005", "dddd0004", "cccc0003"), plan.revisionIds());
        assertEquals(List.of("INSERT dddd0005", "UPDATE eeee0006 -> cccc0003", "UPDATE dddd0005 -> dddd0004",
                "DELETE dddd0004", "UPDATE cccc0003 -> bbbb0002"), PlanAssertions.statements(plan));
        assertEquals(List.of("bbbb0002"), plan.resultingHeads());
        assertDowngrade(g, from("eeee0006"), to("cccc0003"), steps("eeee0006"),
                changes("INSERT dddd0005", "UPDATE eeee0006 -> cccc0003"), rows("dddd0005", "cccc0003"));
    }

    @Test
    void currentRowsMustBeKnownAndMustNotOverlap() {
        var g = graph("a", "b<-a", "c<-b");
        Planner planner = new Planner(g);
        assertRefused("Current revisions overlap: c descends from a, so the version table should hold only c. "
                + "Run 'migrate stamp --purge c' to repair it.", () -> planner.downgrade(List.of("a", "c"), "base"));
        assertRefused("The database is at revision 'feed1234', which the revision scripts do not have. Restore the "
                + "missing script, or run 'migrate stamp --purge <revision>' to reset the version table.",
                () -> planner.upgrade(List.of("feed1234"), "heads"));
    }

    @Nested
    class MultipleBaseCrossDependency {
        final RevisionGraph g = graph("base1 label:b_1", "a1a<-base1", "a1b<-base1", "b1a<-a1a", "b1b<-a1b dep:a3",
                "base2 label:b_2", "a2<-base2", "b2<-a2", "c2<-b2 dep:a3", "d2<-c2", "base3 label:b_3", "a3<-base3",
                "b3<-a3");

        @Test
        void everythingToBase() {
            assertDowngrade(g, from("b1a", "b1b", "d2", "b3"), to("base"), steps("b1a", "a1a", "b1b", "a1b", "base1",
                    "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3"), rows());
        }

        @Test
        void aBranchAloneLeavesWhatItDependsOn() {
            assertDowngrade(g, from("d2"), to("b_2@base"), steps("d2", "c2", "b2", "a2", "base2"), rows("a3"));
            assertDowngrade(g, from("b1b"), to("b1b@base"), steps("b1b", "a1b", "base1"), rows("a3"));
            assertDowngrade(g, from("b1a", "b1b", "d2", "b3"), to("b_2@base"), steps("d2", "c2", "b2", "a2", "base2"),
                    rows("b1a", "b1b", "b3"));
        }

        @Test
        void aBranchOthersDependOnTakesThemDownFirst() {
            assertDowngrade(g, from("b1a", "b1b", "d2", "b3"), to("b_3@base"),
                    steps("b1b", "d2", "c2", "b3", "a3", "base3"), rows("b1a", "a1b", "b2"));
        }
    }

    @Test
    void normalizedDependencies() {
        var g = graph("a1", "a2<-a1", "a3<-a2", "b1", "b2<-b1 dep:a3", "b3<-b2", "b4<-b3 dep:a3", "b5<-b4 dep:b4");
        assertDowngrade(g, from("b4"), to("b1@base"), steps("b4", "b3", "b2", "b1"), rows("a3"));
        assertDowngrade(g, from("b5"), to("base"), steps("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1"), rows());
        assertDowngrade(g, from("b5"), to("a2"), steps("b5", "b4", "b3", "b2", "a3"), rows("b1", "a2"));
    }
}
