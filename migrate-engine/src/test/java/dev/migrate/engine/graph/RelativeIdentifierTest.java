package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.graph.GraphDsl.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Relative identifiers (§2.4) and how they fail. */
class RelativeIdentifierTest {

    private final RevisionGraph chain = graph("a", "b<-a", "c<-b", "d<-c", "e<-d");
    private final RevisionGraph branched = graph("a", "b<-a", "c1<-b label:c1branch", "d1<-c1",
            "c2<-b label:c2branch", "d2<-c2");

    private static List<String> resolve(RevisionGraph g, String symbol, String... rows) {
        return ids(g.resolve(symbol, List.of(rows)));
    }

    @Test
    void relativeToTheCurrentRows() {
        assertEquals(List.of("c"), resolve(chain, "+2", "a"));
        assertEquals(List.of("b"), resolve(chain, "+1", "a"));
        assertEquals(List.of("a"), resolve(chain, "+1"));
        assertEquals(List.of("b"), resolve(chain, "-1", "c"));
        assertEquals(List.of(), resolve(chain, "-1", "a"));
    }

    @Test
    void relativeToASymbol() {
        assertEquals(List.of("d"), resolve(chain, "b+2"));
        assertEquals(List.of("b"), resolve(chain, "d-2"));
        assertEquals(List.of("d"), resolve(chain, "head-1"));
        assertEquals(List.of("a"), resolve(chain, "base+1"));
        assertEquals(List.of("b"), resolve(chain, "base+2"));
        assertEquals(List.of("d"), ids(chain.resolve("-1")));
    }

    @Test
    void relativeOnABranch() {
        assertEquals(List.of("c2"), resolve(branched, "c2branch@head-1"));
        assertEquals(List.of("b"), resolve(branched, "c2branch@base+2"));
        assertEquals(List.of("c2"), resolve(branched, "c2branch@base+3"));
        assertEquals(List.of("c1"), resolve(branched, "c1branch@-1", "d1", "d2"));
        assertEquals(List.of("c2"), resolve(branched, "c2branch@+1", "c1"));
        assertEquals(List.of("d2"), resolve(branched, "c2branch@+1", "c1", "c2"));
        assertEquals(List.of("c1"), ids(branched.resolve("c1branch@-1")));
        assertEquals(List.of("a"), ids(branched.resolve("+1")));
    }

    @Test
    void walkingPastTheEnds() {
        assertRefused("Relative revision -3 from 'b' walks past the base: only 2 step(s) available.",
                () -> chain.resolve("-3", List.of("b")));
        assertRefused("Relative revision +5 from 'b' walks past the head: only 3 step(s) available.",
                () -> chain.resolve("+5", List.of("b")));
        assertRefused("Relative revision +10 from base walks past the head: only 5 step(s) available.",
                () -> chain.symbols().upgradeTargets("+10", List.of()));
        assertRefused("Relative revision -10 from 'c' walks past the base: only 3 step(s) available.",
                () -> chain.symbols().upgradeTargets("c-10", List.of()));
        assertRefused("Relative revision +10 from 'a' walks past the head: only 4 step(s) available.",
                () -> chain.symbols().upgradeTargets("a+10", List.of()));
        assertRefused("Relative revision -1 from base walks past the base: only 0 step(s) available.",
                () -> chain.resolve("base-1"));
        assertRefused("Relative revision -1 walks past the base: no revision is applied.",
                () -> chain.symbols().downgradeTarget("-1", List.of()));
    }

    @Test
    void ambiguousWalks() {
        assertRefused("Relative revision +1 from 'b' is ambiguous: 'b' branches into c1, c2. Name the revision "
                + "instead, e.g. 'c1', or use '<label>@+1'.", () -> branched.resolve("+1", List.of("b")));
        var merged = graph("a", "c1<-a", "c2<-a", "m<-c1,c2");
        assertRefused("Relative revision -1 from 'm' is ambiguous: 'm' merges c1, c2. Name the revision instead, "
                + "e.g. 'c1' or 'm@c1'.", () -> merged.symbols().downgradeTarget("-1", List.of("m")));
        var forest = graph("a1", "b1<-a1", "a2", "b2<-a2");
        assertRefused("Relative revision +1 from base is ambiguous: there are several bases: a1, a2. Name the "
                + "revision instead, e.g. 'a1', or use '<label>@+1'.", () -> forest.resolve("+1", List.of()));
    }

    @Test
    void severalCurrentRowsAreAmbiguous() {
        assertRefused("Relative revision +1 is ambiguous with several current revisions: c1, c2. Use '<label>@+1' "
                + "or '<revision>+1', e.g. 'c1+1'.", () -> branched.symbols().upgradeTargets("+1", List.of("c1", "c2")));
        assertRefused("Relative revision -1 is ambiguous with several current revisions: d1, d2. Use '<label>@-1' "
                + "or '<revision>-1', e.g. 'd1-1'.", () -> branched.symbols().downgradeTarget("-1", List.of("d2", "d1")));
    }

    @Test
    void wrongDirectionOrNoStep() {
        assertRefused("Relative revision -1 moves down; upgrade needs '+N' or a revision. "
                + "Use 'migrate downgrade -1' to go down.", () -> chain.symbols().upgradeTargets("-1", List.of("c")));
        assertRefused("Relative revision +2 moves up; downgrade needs '-N' or a revision. "
                + "Use 'migrate upgrade +2' to go up.", () -> chain.symbols().downgradeTarget("+2", List.of("c")));
        assertRefused("Relative revision +0 in '+0' moves nowhere; give at least one step.",
                () -> chain.resolve("+0", List.of("c")));
    }

    @Test
    void aBranchWithNothingApplied() {
        var forest = graph("a1 label:x", "b1<-a1", "a2 label:y", "b2<-a2");
        assertRefused("Relative revision x@-1 finds no current revision on branch 'x'. "
                + "Run 'migrate current' to see what is applied.",
                () -> forest.symbols().downgradeTarget("x@-1", List.of("b2")));
    }

    @Test
    void downgradeTargetsCarryTheirBranch() {
        assertEquals(new DowngradeTarget(Optional.of("c1branch"), Optional.of("b")),
                branched.symbols().downgradeTarget("c1branch@b", List.of("d1", "d2")));
        assertEquals(new DowngradeTarget(Optional.of("d2"), Optional.of("c2")),
                branched.symbols().downgradeTarget("-1", List.of("d2")));
        assertEquals(new DowngradeTarget(Optional.empty(), Optional.empty()),
                branched.symbols().downgradeTarget("base", List.of("d2")));
        assertEquals(new DowngradeTarget(Optional.of("c2branch"), Optional.of("b")),
                branched.symbols().downgradeTarget("c2branch@base+2", List.of("d1", "d2")));
    }
}
