package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.graph.GraphDsl.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.revision.RevisionHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The order of Alembic's {@code iterate_revisions}, newest first; expected lists are Alembic's test_revision.py. */
class IterationOrderTest {

    /** Alembic's revision collection for an upgrade or history range, then our order of it. */
    static List<String> iterate(RevisionGraph g, List<String> upper, List<String> lower, boolean inclusive,
            boolean implicitBase) {
        List<String> targets = resolveAll(g, upper);
        List<String> current = resolveAll(g, lower);
        RevisionSet needs = g.ancestors(targets).minus(g.ancestors(current));
        if (inclusive) {
            needs = needs.union(g.setOf(current));
        }
        if (!current.isEmpty() && !implicitBase) {
            needs = needs.intersection(g.descendants(current, false));
        }
        List<String> order = ids(g.order(needs, targets));
        assertIsTopological(g, order);
        return order;
    }

    static List<String> iterate(RevisionGraph g, String upper, String lower) {
        return iterate(g, List.of(upper), List.of(lower), true, false);
    }

    /** Every revision comes before everything it revises or depends on. */
    static void assertIsTopological(RevisionGraph g, List<String> newestFirst) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            position.put(newestFirst.get(i), i);
        }
        for (String id : newestFirst) {
            for (String ancestor : g.ancestors(List.of(id)).ids()) {
                Integer at = position.get(ancestor);
                assertTrue(at == null || at >= position.get(id), ancestor + " listed before its descendant " + id);
            }
        }
    }

    private static List<String> resolveAll(RevisionGraph g, List<String> symbols) {
        List<String> ids = new ArrayList<>();
        symbols.forEach(symbol -> ids.addAll(ids(g.resolve(symbol))));
        return ids;
    }

    @Test
    void diamond() {
        var g = graph("a", "b1<-a", "b2<-a", "c<-b1,b2", "d<-c");
        assertEquals(List.of("d", "c", "b1", "b2", "a"), iterate(g, "d", "a"));
    }

    @Test
    void emptyMap() {
        assertEquals(List.of(), iterate(graph(), "heads", "base"));
    }

    @Test
    void longShortBranch() {
        var g = graph("a", "b1<-a", "b2<-a", "c1<-b1", "d11<-c1", "d12<-c1");
        assertEquals(List.of("b2", "d11", "d12", "c1", "b1", "a"), iterate(g, "heads", "base"));
    }

    @Test
    void overlappingSubstringsAndADependencyOnTheOwnParent() {
        assertEquals(List.of("user", "user_foo"), iterate(graph("user_foo", "user<-user_foo dep:user_foo"), "heads", "base"));
        assertEquals(List.of("user", "user_foo"), iterate(graph("user_foo", "user<-user_foo"), "heads", "base"));
        assertEquals(List.of("user", "user_foo"), iterate(graph("user_foo", "user dep:user_foo"), "heads", "base"));
    }

    @Nested
    class MultipleBranch {
        final RevisionGraph g = graph("a", "b1<-a", "b2<-a", "cb1<-b1", "cb2<-b2", "d1cb1<-cb1", "d2cb1<-cb1",
                "d1cb2<-cb2", "d2cb2<-cb2", "d3cb2<-cb2", "d1d2cb2<-d1cb2,d2cb2");

        @Test
        void fromMergePoint() {
            assertEquals(List.of("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a"), iterate(g, "d1d2cb2", "a"));
        }

        @Test
        void multipleHeads() {
            assertEquals(List.of("d2cb2", "d3cb2", "cb2", "b2", "a"),
                    iterate(g, List.of("d2cb2", "d3cb2"), List.of("a"), true, false));
        }

        @Test
        void singleBranch() {
            assertEquals(List.of("d3cb2", "cb2", "b2", "a"), iterate(g, "d3cb2", "a"));
            assertEquals(List.of("d3cb2", "cb2", "b2", "a"), iterate(g, "d3cb2", "base"));
        }

        @Test
        void multipleBranchesToBase() {
            assertEquals(List.of("cb1", "b1", "d3cb2", "cb2", "b2", "a"),
                    iterate(g, List.of("d3cb2", "cb1"), List.of("base"), true, false));
        }

        @Test
        void headsNotAboveTheStartAreLeftOut() {
            assertEquals(List.of("d2cb2", "d3cb2", "cb2", "b2"),
                    iterate(g, List.of("d1cb1", "d2cb2", "d3cb2"), List.of("b2"), true, false));
        }
    }

    @Nested
    class BranchTravelling {
        final RevisionGraph g = graph("a1", "a2<-a1", "a3<-a2", "b1<-a3", "b2<-a3", "cb1<-b1", "cb2<-b2",
                "db1<-cb1", "db2<-cb2", "e1b1<-db1", "fe1b1<-e1b1", "e2b1<-db1", "e2b2<-db2", "merge<-e2b1,e2b2");

        @Test
        void oneBranchBothToMergeWithImplicitBase() {
            assertEquals(List.of("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2"),
                    iterate(g, List.of("merge"), List.of("db1"), true, true));
        }

        @Test
        void threeBranchesEndInSingleBranch() {
            assertEquals(List.of("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3"),
                    iterate(g, List.of("merge", "fe1b1"), List.of("a3"), true, false));
        }

        @Test
        void twoBranchesToRoot() {
            assertEquals(List.of("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1"),
                    iterate(g, "merge", "a1"));
        }

        @Test
        void twoBranchesEndInBranch() {
            assertEquals(List.of("merge", "e2b1", "db1", "cb1", "b1"), iterate(g, "merge", "b1"));
        }

        @Test
        void twoBranchesEndBehindBranch() {
            assertEquals(List.of("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2"),
                    iterate(g, "merge", "a2"));
        }

        @Test
        void threeBranchesToRoot() {
            assertEquals(List.of("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2",
                    "a3", "a2", "a1"), iterate(g, List.of("merge", "fe1b1"), List.of("a1"), true, false));
        }

        @Test
        void threeBranchesEndMultipleBases() {
            assertEquals(List.of("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2"),
                    iterate(g, List.of("merge", "fe1b1"), List.of("cb1", "cb2"), true, false));
            assertEquals(List.of("fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2"),
                    iterate(g, List.of("merge", "fe1b1"), List.of("cb1", "cb2"), false, false));
        }

        @Test
        void threeBranchesFromNothing() {
            assertEquals(List.of("b2", "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1"),
                    iterate(g, List.of("e2b1", "b2", "fe1b1"), List.of(), false, false));
            assertEquals(List.of("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1"),
                    iterate(g, List.of("fe1b1"), List.of("base"), false, false));
        }

        @Test
        void overlappingTargetsAreDetected() {
            assertEquals(Optional.of(new Overlap("fe1b1", "db1")), g.overlap(List.of("db1", "b2", "fe1b1")));
        }
    }

    @Nested
    class MultipleBase {
        final RevisionGraph g = graph("base1", "base2", "base3", "a1a<-base1", "a1b<-base1", "a2<-base2", "a3<-base3",
                "b1a<-a1a", "b1b<-a1b", "b2<-a2", "b3<-a3", "c2<-b2", "d2<-c2", "mergeb3d2<-b3,d2");

        @Test
        void headsToBase() {
            List<String> expected = List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3",
                    "d2", "c2", "b2", "a2", "base2");
            assertEquals(expected, iterate(g, "heads", "base"));
            assertEquals(expected, iterate(g, List.of("heads"), List.of("base"), false, false));
        }

        @Test
        void headsToARevisionWithImplicitBase() {
            assertEquals(List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2"),
                    iterate(g, List.of("heads"), List.of("c2"), false, true));
            assertEquals(List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2"),
                    iterate(g, List.of("heads"), List.of("c2"), true, true));
            assertEquals(List.of("mergeb3d2", "d2"), iterate(g, List.of("heads"), List.of("c2"), false, false));
        }

        @Test
        void specificPaths() {
            assertEquals(List.of("b3", "a3", "base3"), iterate(g, "b3", "base3"));
            assertEquals(List.of("b2", "a2", "base2", "b3", "a3"),
                    iterate(g, List.of("b3", "b2"), List.of("base3"), false, true));
        }

        @Test
        void overlappingStartIsDetected() {
            assertEquals(Optional.of(new Overlap("b2", "a2")), g.overlap(List.of("a2", "b2")));
        }
    }

    @Nested
    class CrossDependencyOne {
        final RevisionGraph g = graph("base1 label:b_1", "a1a<-base1", "a1b<-base1", "b1a<-a1a", "b1b<-a1b dep:a3",
                "base2 label:b_2", "a2<-base2", "b2<-a2", "c2<-b2 dep:a3", "d2<-c2", "base3 label:b_3", "a3<-base3",
                "b3<-a3");

        @Test
        void heads() {
            GraphDsl.assertHeads(g, "b1a", "b1b", "d2", "b3");
        }

        @Test
        void headsToBase() {
            assertEquals(List.of("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3",
                    "base3"), iterate(g, "heads", "base"));
        }

        @Test
        void aBranchHeadNeedsWhatItDependsOn() {
            assertEquals(List.of("d2", "c2", "b2", "a2", "base2", "a3", "base3"), iterate(g, "b_2@head", "base"));
            assertEquals(List.of("b3", "a3", "base3"), iterate(g, "b_3@head", "base"));
            assertEquals(List.of("b1b", "a1b", "base1", "a3", "base3"), iterate(g, "b1b@head", "base"));
        }
    }

    @Nested
    class CrossDependencyTwo {
        final RevisionGraph g = graph("base1 label:b_1", "a1<-base1", "b1<-a1", "c1<-b1", "base2 dep:b_1 label:b_2",
                "a2<-base2", "b2<-a2", "c2<-b2", "d2<-c2", "base3 label:b_3", "a3<-base3", "b3<-a3", "c3<-b3 dep:b2",
                "d3<-c3");

        @Test
        void headsToBase() {
            GraphDsl.assertHeads(g, "c1", "d2", "d3");
            assertEquals(List.of("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2",
                    "base1"), iterate(g, "heads", "base"));
        }

        @Test
        void branchHeads() {
            assertEquals(List.of("d2", "c2", "b2", "a2", "base2", "base1"), iterate(g, "b_2@head", "base"));
            assertEquals(List.of("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1"),
                    iterate(g, "b_3@head", "base"));
            assertEquals(List.of("c1", "b1", "a1", "base1"), iterate(g, "b_1@head", "base"));
        }
    }

    @Test
    void aRootWhoseOnlyEdgeIsADependency() {
        var g = graph("base1", "a1<-base1", "b1<-a1", "c2 dep:a1", "c3<-c2");
        assertEquals(List.of("b1", "c3", "c2", "a1", "base1"), iterate(g, "heads", "base"));
    }

    @Test
    void normalizedDependenciesWithImplicitBase() {
        var g = graph("a1", "a2<-a1", "a3<-a2", "b1", "b2<-b1 dep:a3", "b3<-b2", "b4<-b3 dep:a3", "b5<-b4 dep:b4");
        assertEquals(List.of("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1"),
                iterate(g, List.of("b5"), List.of("b1"), true, true));
        var h = graph("c1", "a1", "a2<-a1 dep:c1", "a3<-a2 dep:c1", "b1", "b2<-b1 dep:a3", "b3<-b2", "b4<-b3 dep:a3",
                "b5<-b4");
        assertEquals(List.of("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1"),
                iterate(h, List.of("b5"), List.of("b1"), true, true));
    }

    @Test
    void alembicsLargeMapIsOrderedCompletelyAndTopologically() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("large_map.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(lines::add);
        }
        var g = graph(lines.toArray(String[]::new));
        List<String> order = iterate(g, "heads", "base");
        assertEquals(142, g.size());
        assertEquals(g.size(), order.size());
        assertEquals(g.size(), order.stream().distinct().count());
        // Alembic's invariant: what is left after each revision always contains one of its ancestors.
        for (int i = 0; i < order.size() - 1; i++) {
            List<String> rest = order.subList(i + 1, order.size());
            List<String> ancestors = new ArrayList<>(g.ancestors(List.of(order.get(i))).ids());
            ancestors.remove(order.get(i));
            if (!ancestors.isEmpty()) {
                assertTrue(rest.stream().anyMatch(ancestors::contains), order.get(i));
            }
        }
        List<RevisionHeader> heads = g.heads();
        assertEquals(heads.get(0).id(), order.get(0));
    }
}
