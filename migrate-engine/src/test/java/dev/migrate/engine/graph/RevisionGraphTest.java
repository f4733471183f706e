package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.assertHeads;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.graph.GraphDsl.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void linearChainHasOneHeadAndOneBase() {
        var g = graph("a", "b<-a", "c<-b");
        assertHeads(g, "c");
        assertEquals(List.of("a"), ids(g.bases()));
        assertEquals(List.of("a", "b", "c"), ids(g.revisions()));
        assertTrue(g.isHead("c"));
        assertTrue(g.isBase("a"));
        assertFalse(g.isHead("b"));
        assertEquals(Optional.empty(), g.get("zzz"));
        assertEquals("b", g.get("b").orElseThrow().id());
    }

    @Test
    void branchesAndMergesAreReportedInLoadOrder() {
        var g = graph("a", "b<-a", "c1<-b", "c2<-b", "m<-c1,c2", "n<-b dep:c1 label:net");
        assertHeads(g, "m", "n");
        assertTrue(g.isBranchPoint("b"));
        assertFalse(g.isBranchPoint("c1"));
        assertTrue(g.isMergePoint("m"));
        assertEquals(List.of("c1", "c2", "n"), ids(g.children("b")));
        assertEquals(List.of("c1", "c2"), g.downRevisions("m"));
        assertEquals(List.of("b", "c1"), g.downRevisions("n"));
        assertEquals(List.of("m", "n"), g.upRevisions("c1"));
        assertEquals(List.of("n"), g.dependents("c1"));
    }

    @Test
    void aHeadOnlyDependedOnIsAnEffectiveHead() {
        var g = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2");
        assertHeads(g, "a2", "n2");
        assertEquals(List.of("n2"), ids(g.heads(true)));
        assertTrue(g.isEffectiveHead("a2"));
        assertFalse(g.isEffectiveHead("n2"));
        assertEquals(List.of("a1", "n1"), ids(g.bases()));
    }

    @Test
    void aForestHasSeveralBases() {
        var g = graph("a1", "b1<-a1", "a2", "b2<-a2");
        assertHeads(g, "b1", "b2");
        assertEquals(List.of("a1", "a2"), ids(g.bases()));
    }

    @Test
    void dependenciesAlreadyDeclaredBelowAreNormalizedAway() {
        // NormalizedDownRevTest: b4's a3 is implied by ancestor b2; b5 depending on its own parent adds nothing.
        var g = graph("a1", "a2<-a1", "a3<-a2", "b1", "b2<-b1 dep:a3", "b3<-b2", "b4<-b3 dep:a3", "b5<-b4 dep:b4");
        assertEquals(List.of("b3"), g.downRevisions("b4"));
        assertEquals(List.of("b4"), g.downRevisions("b5"));
        assertEquals(List.of("b1", "a3"), g.downRevisions("b2"));
    }

    @Test
    void ancestorsAndDescendantsFollowDependenciesOnRequest() {
        var g = graph("a1", "a2<-a1", "b1", "b2<-b1 dep:a2");
        assertEquals(List.of("a1", "a2", "b1", "b2"), g.ancestors(List.of("b2")).ids());
        assertEquals(List.of("b1", "b2"), g.ancestors(List.of("b2"), false).ids());
        assertEquals(List.of("a1", "a2", "b2"), g.descendants(List.of("a1")).ids());
        assertEquals(List.of("a1", "a2"), g.descendants(List.of("a1"), false).ids());
        assertEquals(List.of("a1", "a2", "b1", "b2"), g.lineage("b2", true).ids());
    }

    @Test
    void revisionSetsCombine() {
        var g = graph("a", "b<-a", "c<-b", "d<-c");
        RevisionSet below = g.ancestors(List.of("c"));
        RevisionSet above = g.descendants(List.of("b"));
        assertEquals(List.of("b", "c"), below.intersection(above).ids());
        assertEquals(List.of("a"), below.minus(above).ids());
        assertEquals(4, below.union(above).size());
        assertTrue(below.contains("a"));
        assertFalse(below.contains("d"));
        assertFalse(below.contains("nope"));
    }

    @Test
    void overlapNamesTheDescendantAndItsAncestor() {
        var g = graph("a", "b<-a", "c1<-b", "c2<-b");
        assertEquals(Optional.of(new Overlap("c1", "a")), g.overlap(List.of("c1", "a")));
        assertEquals(Optional.empty(), g.overlap(List.of("c1", "c2")));
    }

    @Test
    void currentRowsAreValidatedAndPutInLoadOrder() {
        var g = graph("a", "b<-a", "c1<-b", "c2<-b");
        assertEquals(List.of("c1", "c2"), g.currentRows(List.of("c2", "c1", "c2")));
        GraphDsl.assertRefused("The database is at revision 'zz99', which the revision scripts do not have. "
                + "Restore the missing script, or run 'migrate stamp --purge <revision>' to reset the version table.",
                () -> g.currentRows(List.of("c1", "zz99")));
    }

    @Test
    void queriesRefuseUnknownIds() {
        var g = graph("a");
        GraphDsl.assertRefused("No revision 'x'. Run 'migrate history' to list revisions.", () -> g.isHead("x"));
    }

    @Test
    void anEmptyGraphHasNothing() {
        var g = graph();
        assertHeads(g);
        assertEquals(List.of(), g.bases());
        assertEquals(List.of(), g.resolve("heads"));
        assertEquals(Optional.empty(), g.resolveOne("head"));
    }
}
