package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version table step by step (§3.7), as Alembic's TwinMergeTest and NotQuiteTwinMergeTest drive it. */
class VersionTableTest {

    private static void assertSteps(RevisionGraph g, List<String> start, String[][] stepsAndRows) {
        VersionTable table = VersionTable.upgrading(g, start);
        for (String[] step : stepsAndRows) {
            table.upgrade(step[0]);
            assertEquals(g.currentRows(List.of(step).subList(1, step.length)), table.rows(), "after " + step[0]);
        }
    }

    @Test
    void twoMergesOfTheSameThreeParents() {
        // #297.
        var g = graph("a", "b1<-a", "b2<-a", "b3<-a", "c1<-b1,b2,b3", "c2<-b1,b2,b3", "d1<-c1", "d2<-c2");
        assertSteps(g, List.of("a"), new String[][] {
            {"b3", "b3"}, {"b1", "b1", "b3"}, {"b2", "b1", "b2", "b3"}, {"c2", "c2"}, {"d2", "d2"},
            {"c1", "c1", "d2"}, {"d1", "d1", "d2"}});
    }

    @Test
    void twoMergesSharingOneParent() {
        var g = graph("a", "b1<-a", "b2<-a", "b3<-a", "c1<-b1,b2", "c2<-b2,b3", "d1<-c1", "d2<-c2");
        assertSteps(g, List.of("a"), new String[][] {
            {"b2", "b2"}, {"b3", "b2", "b3"}, {"c2", "c2"}, {"d2", "d2"}, {"b1", "b1", "d2"}, {"c1", "c1", "d2"},
            {"d1", "d1", "d2"}});
    }

    @Test
    void theLastListedParentIsUpdatedAtAMerge() {
        var g = graph("a", "x<-a", "y<-a", "m<-y,x");
        VersionTable table = VersionTable.upgrading(g, List.of("x", "y"));
        assertEquals(List.of(new VersionChange.Delete("y"), new VersionChange.Update("x", "m")), table.upgrade("m"));
        VersionTable down = VersionTable.downgrading(g, List.of("m"));
        assertEquals(List.of(new VersionChange.Insert("y"), new VersionChange.Update("m", "x")), down.downgrade("m"));
    }
}
