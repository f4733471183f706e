package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphValidationTest {

    private static RevisionGraphException refused(String... lines) {
        return assertThrows(RevisionGraphException.class, () -> graph(lines));
    }

    private static void assertProblem(String problem, String... lines) {
        RevisionGraphException error = refused(lines);
        assertEquals(List.of(problem), error.problems());
        assertEquals(problem, error.getMessage());
        assertEquals(MigrateException.Kind.REVISION, error.kind());
    }

    @Test
    void collectsEveryProblemBeforeFailing() {
        RevisionGraphException error = refused("a", "a src:other/a.java", "b<-zz", "c<-b label:x", "d<-c label:x",
                "e+1<-d dep:nope");
        assertEquals(List.of(
                "Revision a is present more than once (a.java, other/a.java)",
                "Character(s) '+' not allowed in revision identifier 'e+1' (e+1.java)",
                "Branch name 'x' in revision d already used by revision c (d.java, c.java)",
                "Revision zz referenced from b is not present (b.java)",
                "Revision or branch label nope in depends_on of e+1 is not present (e+1.java)"), error.problems());
        assertEquals("5 problems in the revision scripts: " + String.join("; ", error.problems()), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
    }

    @Test
    void illegalCharactersAreListedSorted() {
        assertProblem("Character(s) '-, :, @' not allowed in revision identifier 'a@b-c:d' (x.java)",
                "a@b-c:d src:x.java");
        RevisionGraphException error = assertThrows(RevisionGraphException.class,
                () -> RevisionGraph.of(List.of(RevisionHeader.of("a b-c"))));
        assertEquals("Character(s) '-' and white space not allowed in revision identifier 'a b-c'", error.getMessage());
    }

    @Test
    void selfLoops() {
        assertProblem("Self-loop is detected in revisions (a) (a.java)", "a<-a");
        assertProblem("Self-loop is detected in revisions (c) (c.java)", "a", "b<-a", "c<-b,c");
        assertProblem("Dependency self-loop is detected in revisions (a) (a.java)", "a dep:a");
        assertProblem("Dependency self-loop is detected in revisions (b) (b.java)", "a", "b<-a dep:b");
    }

    @Test
    void cyclesThroughRevises() {
        assertProblem("Cycle is detected in revisions (a, b, c)", "a<-c", "b<-a", "c<-b");
        assertProblem("Cycle is detected in revisions (a, b, c)", "a<-c", "b<-a", "c<-b", "d", "e<-d");
        // Alembic also lists d and e, which only hang off the cycle; we name the cycle itself.
        assertProblem("Cycle is detected in revisions (a, b, c)", "a<-c", "b<-a", "c<-b", "d<-c", "e<-d");
        assertProblem("Cycle is detected in revisions (c, d, e)", "a", "b<-a", "c<-b,e", "d<-c", "e<-d");
    }

    @Test
    void cyclesThroughDependencies() {
        assertProblem("Dependency cycle is detected in revisions (a, b, c)", "a dep:c", "b<-a", "c<-b");
        assertProblem("Dependency cycle is detected in revisions (c, d, e)", "a", "b<-a", "c<-b dep:e", "d<-c", "e<-d");
    }

    @Test
    void dependencyOnTheOwnParentIsNoLoop() {
        // #843 and GraphWithLoopTest: overlapping substrings and a dependency on the own parent are fine.
        var g = graph("user_foo", "user<-user_foo dep:user_foo");
        assertEquals(List.of("user_foo"), g.downRevisions("user"));
    }

    @Test
    void branchLabelClashes() {
        assertProblem("Branch name 'xy1' in revision e already used by revision c (e.java, c.java)",
                "a", "b<-a", "c<-b label:xy1", "d", "e<-d label:xy1", "f<-e");
        assertProblem("Branch name 'a' in revision b is also the id of revision a (b.java, a.java)", "a", "b<-a label:a");
        assertProblem("Branch name 'x@y' in revision a must not be empty or contain '@', ':' or white space (a.java)",
                "a label:x@y");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        var g = graph("a1 label:lib", "a2<-a1", "b1", "b2<-b1 dep:lib");
        assertEquals(List.of("b1", "a1"), g.downRevisions("b2"));
    }

    @Test
    void longListsAreCut() {
        String[] lines = new String[30];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "r" + i + "<-missing" + i;
        }
        RevisionGraphException error = refused(lines);
        assertEquals(30, error.problems().size());
        assertEquals(true, error.getMessage().startsWith("30 problems in the revision scripts: "
                + "Revision missing0 referenced from r0 is not present (r0.java); "));
        assertEquals(true, error.getMessage().endsWith("; ... and 10 more"));
    }
}
