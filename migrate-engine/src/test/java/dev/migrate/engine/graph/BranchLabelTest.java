package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Label inheritance, inventory §3.3. */
class BranchLabelTest {

    private static void assertLabels(RevisionGraph g, String id, String... labels) {
        assertEquals(Set.of(labels), g.branchLabels(id), id);
    }

    @Test
    void labelGoesUpThroughMergesButNotBelowTheBranchPoint() {
        var g = graph("a", "b<-a", "c1<-b label:X", "d1<-c1", "c2<-b", "e<-d1,c2");
        assertLabels(g, "c1", "X");
        assertLabels(g, "d1", "X");
        assertLabels(g, "e", "X");
        assertLabels(g, "a");
        assertLabels(g, "b");
        assertLabels(g, "c2");
    }

    @Test
    void onALinearChainTheLabelCoversEverything() {
        var g = graph("a", "b<-a", "c<-b label:X", "d<-c");
        for (String id : new String[] {"a", "b", "c", "d"}) {
            assertLabels(g, id, "X");
        }
    }

    @Test
    void ancestorsGetTheLabelEvenWhenTheBranchForksFurtherUp() {
        // Documented rule; Alembic's code would skip a and b here (it walks down from a leaf above d).
        var g = graph("a", "b<-a", "c<-b label:X", "d<-c", "e1<-d", "e2<-d");
        for (String id : new String[] {"a", "b", "c", "d", "e1", "e2"}) {
            assertLabels(g, id, "X");
        }
    }

    @Test
    void aLabelOnABranchPointStaysAtAndAboveIt() {
        var g = graph("a", "b<-a", "c<-b label:X", "d1<-c", "d2<-c");
        assertLabels(g, "c", "X");
        assertLabels(g, "d2", "X");
        assertLabels(g, "b");
        assertLabels(g, "a");
    }

    @Test
    void aLabelOnAMergeStaysAtAndAboveTheMerge() {
        var g = graph("a", "c1<-a", "c2<-a", "m<-c1,c2 label:M", "n<-m");
        assertLabels(g, "m", "M");
        assertLabels(g, "n", "M");
        assertLabels(g, "c1");
        assertLabels(g, "a");
    }

    @Test
    void aDependentMakesARealBranchPoint() {
        var g = graph("a", "b<-a label:X", "c dep:a");
        assertLabels(g, "b", "X");
        assertLabels(g, "a");
        assertLabels(g, "c");
    }

    @Test
    void labelsCombineAtMergesAndSeveralLabelsPerRevision() {
        var g = graph("a", "b<-a", "c1<-b label:X,x2", "c2<-b label:Y", "e<-c1,c2");
        assertLabels(g, "e", "X", "Y", "x2");
        assertLabels(g, "c1", "X", "x2");
        assertEquals("[X, Y, x2]", g.branchLabels("e").toString());
    }

    @Test
    void separateRootsKeepTheirLabels() {
        var g = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2");
        assertLabels(g, "a2", "acct");
        assertLabels(g, "n2", "net");
    }
}
