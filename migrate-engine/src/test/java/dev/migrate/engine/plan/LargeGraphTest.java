package dev.migrate.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.graph.GraphDsl;
import dev.migrate.engine.graph.LargeGraphs;
import dev.migrate.engine.graph.RevisionGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A 100,000-revision graph with a branch and a merge every 50 revisions: correctness only, no timing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeGraphTest {

    private static final int SIZE = 100_000;

    private final LargeGraphs.Shape shape = LargeGraphs.branchAndMerge(SIZE, 50);
    private final RevisionGraph graph = RevisionGraph.of(shape.revisions());
    private final Planner planner = new Planner(graph);

    @Test
    void buildsWithOneHeadAndOneBase() {
        assertEquals(SIZE, graph.size());
        assertEquals(2000, shape.merges());
        assertEquals(List.of(shape.last()), GraphDsl.ids(graph.heads()));
        assertEquals(List.of(shape.last()), GraphDsl.ids(graph.heads(true)));
        assertEquals(List.of(shape.first()), GraphDsl.ids(graph.bases()));
    }

    @Test
    void upgradesEverythingInOrderWithOneRowPerBranch() {
        MigrationPlan plan = planner.upgrade(List.of(), "heads");
        assertEquals(SIZE, plan.steps().size());
        assertAfterParents(plan.revisionIds());
        assertEquals(List.of(shape.last()), plan.resultingHeads());
        Map<Class<?>, Long> kinds = changeKinds(plan);
        assertEquals(1L + shape.merges(), kinds.get(VersionChange.Insert.class));
        assertEquals((long) shape.merges(), kinds.get(VersionChange.Delete.class));
        assertEquals((long) SIZE - 1 - shape.merges(), kinds.get(VersionChange.Update.class));
    }

    @Test
    void downgradesEverythingNewestFirst() {
        MigrationPlan plan = planner.downgrade(List.of(shape.last()), "base");
        assertEquals(SIZE, plan.steps().size());
        List<String> oldestFirst = new java.util.ArrayList<>(plan.revisionIds());
        java.util.Collections.reverse(oldestFirst);
        assertAfterParents(oldestFirst);
        assertEquals(List.of(), plan.resultingHeads());
        Map<Class<?>, Long> kinds = changeKinds(plan);
        assertEquals((long) shape.merges(), kinds.get(VersionChange.Insert.class));
        assertEquals(1L + shape.merges(), kinds.get(VersionChange.Delete.class));
    }

    @Test
    void historyListsEveryRevisionNewestFirst() {
        List<RevisionHeader> history = planner.history(null, List.of());
        assertEquals(SIZE, history.size());
        assertEquals(shape.last(), history.get(0).id());
        assertEquals(shape.first(), history.get(SIZE - 1).id());
        List<String> oldestFirst = new java.util.ArrayList<>(GraphDsl.ids(history));
        java.util.Collections.reverse(oldestFirst);
        assertAfterParents(oldestFirst);
    }

    @Test
    void upgradesTheSecondHalfFromTheMiddle() {
        String middle = shape.revisions().get(SIZE / 2).id();
        MigrationPlan plan = planner.upgrade(List.of(middle), "heads");
        assertTrue(plan.steps().size() < SIZE / 2 + 50 && plan.steps().size() > SIZE / 2 - 50);
        assertEquals(List.of(shape.last()), plan.resultingHeads());
        assertAfterParents(plan.revisionIds());
        assertTrue(plan.revisionIds().stream().noneMatch(graph.ancestors(List.of(middle))::contains));
    }

    private void assertAfterParents(List<String> oldestFirst) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            position.put(oldestFirst.get(i), i);
        }
        for (String id : oldestFirst) {
            for (String parent : graph.downRevisions(id)) {
                Integer at = position.get(parent);
                assertTrue(at == null || at < position.get(id), parent + " after " + id);
            }
        }
    }

    private static Map<Class<?>, Long> changeKinds(MigrationPlan plan) {
        return plan.steps().stream().flatMap(step -> step.versionChanges().stream())
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    }
}
