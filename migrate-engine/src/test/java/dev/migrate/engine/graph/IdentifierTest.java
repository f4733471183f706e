package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.GraphDsl.assertRefused;
import static dev.migrate.engine.graph.GraphDsl.graph;
import static dev.migrate.engine.graph.GraphDsl.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Absolute identifiers (§2.3) on Alembic's LabeledBranchTest graph and a few others. */
class IdentifierTest {

    private final RevisionGraph g = graph("a label:abranch", "b<-a", "somelongername<-b", "c<-somelongername",
            "d", "e<-d label:ebranch", "someothername<-e", "f<-someothername");

    private String one(String symbol) {
        return g.resolveOne(symbol).map(r -> r.id()).orElse("<base>");
    }

    @Test
    void fullIdsLabelsAndShortExactIds() {
        assertEquals("somelongername", one("somelongername"));
        assertEquals("a", one("abranch"));
        assertEquals("e", one("ebranch"));
        assertEquals("e", one("e"));
    }

    @Test
    void headsBaseAndBranchForms() {
        assertEquals(List.of("c", "f"), ids(g.resolve("heads")));
        assertEquals(List.of(), g.resolve("base"));
        assertEquals("c", one("abranch@head"));
        assertEquals("c", one("abranch@heads"));
        assertEquals("f", one("ebranch@head"));
        assertEquals("<base>", one("abranch@base"));
        assertEquals("d", one("ebranch@d"));
        assertEquals("e", one("ebranch@ebranch"));
    }

    @Test
    void aRevisionOrPrefixWorksAsBranch() {
        assertEquals("d", one("e@d"));
        assertEquals("d", one("someoth@d"));
        assertEquals("f", one("d@head"));
    }

    @Test
    void prefixesOfAtLeastFourCharacters() {
        assertEquals("someothername", one("someoth"));
        assertEquals("someothername", one("ebranch@some"));
        assertEquals("somelongername", one("abranch@some"));
        assertEquals("e", one("ebra"));
    }

    @Test
    void ambiguousPrefix() {
        assertRefused("Revision prefix 'some' is ambiguous: somelongername, someothername. Give more characters.",
                () -> g.resolve("some"));
        var many = graph("dddd0001", "dddd0002<-dddd0001", "dddd0003<-dddd0002", "dddd0004<-dddd0003",
                "dddd0005<-dddd0004", "dddd0006<-dddd0005", "dddd0007<-dddd0006");
        assertRefused("Revision prefix 'dddd' is ambiguous: dddd0001, dddd0002, dddd0003, dddd0004, dddd0005 "
                + "(and 2 more). Give more characters.", () -> many.resolve("dddd"));
        assertEquals("dddd0004", many.resolveOne("dddd0004").orElseThrow().id());
    }

    @Test
    void shortPrefixesMatchOnlyExactly() {
        var h = graph("abcdef", "abc<-abcdef");
        assertEquals("abc", h.resolveOne("abc").orElseThrow().id());
        assertEquals("abcdef", h.resolveOne("abcd").orElseThrow().id());
        assertRefused("No revision or branch label 'ab'; a partial revision id needs at least 4 characters. "
                + "Run 'migrate history' to list revisions.", () -> h.resolve("ab"));
        assertRefused("No revision or branch label 'sos'; a partial revision id needs at least 4 characters. "
                + "Run 'migrate history' to list revisions.", () -> g.resolve("ebranch@sos"));
    }

    @Test
    void unknownRevision() {
        assertRefused("No revision or branch label 'qprstuv'. Run 'migrate history' to list revisions.",
                () -> g.resolve("abranch@qprstuv"));
        assertRefused("No revision or branch label 'xyzw'. Run 'migrate history' to list revisions.",
                () -> g.resolve("xyzw"));
    }

    @Test
    void revisionNotOnTheBranch() {
        assertRefused("Revision b is not a member of branch 'ebranch'. Drop 'ebranch@' or name a revision on that branch.",
                () -> g.resolve("ebranch@b"));
        assertRefused("Revision d is not a member of branch 'abranch'. Drop 'abranch@' or name a revision on that branch.",
                () -> g.resolve("abranch@d"));
    }

    @Test
    void unknownBranch() {
        assertRefused("No such branch: 'x'. Put a branch label or revision id before '@'.", () -> g.resolve("x@d"));
        assertRefused("No such branch: 'nope'. Put a branch label or revision id before '@'.",
                () -> g.resolve("nope@base"));
    }

    @Test
    void severalHeadsForHead() {
        assertRefused("Multiple heads for 'head': c, f. Use 'heads', '<label>@head', or run 'migrate merge'.",
                () -> g.resolve("head"));
        assertRefused("Multiple heads for 'heads': c, f. Use 'heads', '<label>@head', or run 'migrate merge'.",
                () -> g.resolveOne("heads"));
        var forked = graph("a", "b<-a label:x", "c1<-b", "c2<-b");
        assertRefused("Multiple heads for 'x@head': c1, c2. Use 'x@heads', '<label>@head' with a narrower label, "
                + "or run 'migrate merge'.", () -> forked.resolve("x@head"));
        assertEquals(List.of("c1", "c2"), ids(forked.resolve("x@heads")));
    }

    @Test
    void anEffectiveHeadCountsForHead() {
        var h = graph("a1 label:acct", "a2<-a1", "n1 label:net", "n2<-n1 dep:a2");
        assertRefused("Multiple heads for 'head': a2, n2. Use 'heads', '<label>@head', or run 'migrate merge'.",
                () -> h.resolve("head"));
        assertEquals(List.of("n2"), ids(h.resolve("heads")));
        assertEquals("a2", h.resolveOne("acct@head").orElseThrow().id());
    }

    @Test
    void currentNeedsTheRows() {
        assertEquals(List.of("c", "f"), ids(g.resolve("current", List.of("f", "c"))));
        assertEquals(List.of(), g.resolve("current", List.of()));
        assertEquals(Optional.empty(), g.resolveOne("base"));
    }
}
