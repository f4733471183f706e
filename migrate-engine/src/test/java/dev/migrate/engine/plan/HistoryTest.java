package dev.migrate.engine.plan;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.graph.GraphDsl.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.engine.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code history -r start:end} (§2.6), newest first. */
class HistoryTest {

    private final RevisionGraph three = graph("a", "b<-a", "c<-b");
    private final RevisionGraph labeled = graph("a label:abranch", "b<-a", "somelongername<-b", "c<-somelongername",
            "d", "e<-d label:ebranch", "someothername<-e", "f<-someothername");

    private static List<String> history(RevisionGraph g, String range, String... rows) {
        return ids(new Planner(g).history(range, List.of(rows)));
    }

    @Test
    void ranges() {
        assertEquals(List.of("c", "b", "a"), history(three, null));
        assertEquals(List.of("b", "a"), history(three, "a:b"));
        assertEquals(List.of("b", "a"), history(three, ":b"));
        assertEquals(List.of("c", "b", "a"), history(three, "a:"));
        assertEquals(List.of("c", "b", "a"), history(three, ":"));
        assertEquals(List.of("b"), history(three, "b:b"));
    }

    @Test
    void relativeEndsClamp() {
        assertEquals(List.of("c", "b", "a"), history(three, "a:+2"));
        assertEquals(List.of("c", "b"), history(three, "b:+5"));
        assertEquals(List.of("c", "b", "a"), history(three, "-2:c"));
        assertEquals(List.of("c", "b", "a"), history(three, "-5:c"));
        assertEquals(List.of("c", "b"), history(three, "-1:"));
        assertEquals(List.of("b", "a"), history(three, ":head-1"));
    }

    @Test
    void current() {
        assertEquals(List.of("c", "b"), history(three, "current:", "b"));
        assertEquals(List.of("c", "b", "a"), history(three, "current:"));
        assertEquals(List.of("b", "a"), history(three, ":current", "b"));
        assertEquals(List.of("b", "a"), history(three, "-1:current", "b"));
        // Alembic lists everything here (an empty end falls back to heads); nothing is applied, so nothing shows.
        assertEquals(List.of(), history(three, ":current"));
        // The rows only matter when the range says current.
        assertEquals(List.of("b", "a"), history(three, "a:b", "gone1234"));
        assertRefused("The database is at revision 'gone1234', which the revision scripts do not have. Restore the "
                + "missing script, or run 'migrate stamp --purge <revision>' to reset the version table.",
                () -> history(three, "current:", "gone1234"));
    }

    @Test
    void branchLimitedRanges() {
        List<String> ebranch = List.of("f", "someothername", "e", "d");
        List<String> abranch = List.of("c", "somelongername", "b", "a");
        assertEquals(ebranch, history(labeled, "ebranch@base:"));
        assertEquals(abranch, history(labeled, "abranch@base:"));
        assertEquals(ebranch, history(labeled, ":ebranch@head"));
        assertEquals(abranch, history(labeled, ":abranch@head"));
        assertEquals(List.of("f"), history(labeled, "ebranch@head:"));
        assertEquals(ebranch, history(labeled, "ebranch@d:"));
        assertEquals(ebranch, history(labeled, "e@base:"));
        assertEquals(abranch, history(labeled, "c@base:"));
        assertEquals(List.of("f", "someothername", "e"), history(labeled, "ebranch@-2:"));
        assertEquals(List.of("e", "d"), history(labeled, ":ebranch@+2"));
    }

    @Test
    void anUnlabelledRevisionBeforeAtBase() {
        // Alembic fails a bare assertion here; we take the revision's lineage.
        var g = graph("a", "b<-a", "c1<-b", "c2<-b");
        assertEquals(List.of("c1", "b", "a"), history(g, "c1@base:"));
    }

    @Test
    void crossDependencies() {
        var g = graph("base1 label:b_1", "a1a<-base1", "a1b<-base1", "b1a<-a1a", "b1b<-a1b dep:a3",
                "base2 label:b_2", "a2<-base2", "b2<-a2", "c2<-b2 dep:a3", "d2<-c2", "base3 label:b_3", "a3<-base3",
                "b3<-a3");
        assertEquals(List.of("d2", "c2", "b2", "a2", "base2", "a3", "base3"), history(g, "b_2@base:"));
        assertEquals(List.of("b3", "a3", "base3"), history(g, "b_3@base:"));
        var two = graph("base1 label:b_1", "a1<-base1", "b1<-a1", "c1<-b1", "base2 dep:b_1 label:b_2", "a2<-base2",
                "b2<-a2", "c2<-b2", "d2<-c2", "base3 label:b_3", "a3<-base3", "b3<-a3", "c3<-b3 dep:b2", "d3<-c3");
        assertEquals(List.of("c1", "b1", "a1", "base1"), history(two, "b_1@base:"));
        assertEquals(List.of("d2", "c2", "b2", "a2", "base2", "base1"), history(two, "b_2@base:"));
        assertEquals(List.of("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1"), history(two, "b_3@base:"));
    }

    @Test
    void badRanges() {
        assertRefused("History range requires [start]:[end], [start]:, or :[end]; got 'abc'.",
                () -> history(three, "abc"));
        assertRefused("Range 'a:b:c' must be written [start]:[end], [start]: or :[end], with exactly one ':'.",
                () -> history(three, "a:b:c"));
        assertRefused("Requested range c:a does not refer to ancestor/descendant revisions along the same branch; "
                + "put the older revision first.", () -> history(three, "c:a"));
        var forked = graph("a", "b1<-a", "b2<-a");
        assertRefused("Requested range b1:b2 does not refer to ancestor/descendant revisions along the same branch; "
                + "put the older revision first.", () -> history(forked, "b1:b2"));
        assertRefused("History range '-2:+2' is relative at both ends; name a revision at one end, e.g. 'base:+2'.",
                () -> history(three, "-2:+2"));
        assertRefused("Relative revision -1 cannot end a history range; write e.g. 'head-1'.",
                () -> history(three, "a:-1"));
        assertRefused("Relative revision +1 cannot start a history range; write e.g. 'base+1'.",
                () -> history(three, "+1:c"));
    }
}
