package dev.migrate.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.graph.GraphDsl;
import dev.migrate.engine.graph.RevisionGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code alembic_corpus.txt}: random graphs with the step lists and version-table rows
 * Alembic's own RevisionMap and HeadMaintainer produced (see src/test/python/alembic_corpus.py).
 * Where Alembic refuses we refuse too; where Alembic fails an assertion we must still return a
 * complete order in which every revision follows what it revises or depends on.
 */
class AlembicConformanceTest {

    @TestFactory
    Stream<DynamicTest> matchesAlembic() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        String name = null;
        List<String> revisions = new ArrayList<>();
        List<String[]> queries = new ArrayList<>();
        for (String line : corpus()) {
            String[] fields = line.split("\t");
            if (fields[0].equals("graph")) {
                addGraph(tests, name, revisions, queries);
                name = fields[1];
                revisions = new ArrayList<>();
                queries = new ArrayList<>();
            } else if (fields[0].equals("rev")) {
                revisions.add(fields[1]);
            } else {
                queries.add(fields);
            }
        }
        addGraph(tests, name, revisions, queries);
        assertTrue(tests.size() >= 100, "corpus has " + tests.size() + " graphs");
        return tests.stream();
    }

    private static void addGraph(List<DynamicTest> tests, String name, List<String> revisions, List<String[]> queries) {
        if (name == null) {
            return;
        }
        List<String> lines = List.copyOf(revisions);
        List<String[]> checks = List.copyOf(queries);
        tests.add(DynamicTest.dynamicTest(name + " (" + lines.size() + " revisions)", () -> {
            RevisionGraph graph = GraphDsl.graph(lines.toArray(String[]::new));
            Planner planner = new Planner(graph);
            for (String[] query : checks) {
                check(graph, planner, query);
            }
        }));
    }

    private static void check(RevisionGraph graph, Planner planner, String[] query) {
        String what = String.join(" ", query);
        switch (query[0]) {
            case "history" -> assertEquals(list(query[1]), GraphDsl.ids(planner.history(null, List.of())), what);
            case "upgrade", "downgrade" -> checkPlan(graph, planner, query, what);
            case "range" -> checkRange(graph, planner, query, what);
            default -> throw new IllegalArgumentException(what);
        }
    }

    private static void checkPlan(RevisionGraph graph, Planner planner, String[] query, String what) {
        List<String> rows = list(query[1]);
        boolean upgrade = query[0].equals("upgrade");
        if (query[3].equals("ERROR")) {
            assertThrows(MigrateException.class, () -> plan(planner, upgrade, rows, query[2]), what);
            return;
        }
        MigrationPlan plan = plan(planner, upgrade, rows, query[2]);
        List<String> steps = plan.revisionIds();
        if (query[3].equals("ASSERT")) {
            assertRunsInOrder(graph, upgrade ? steps : reversed(steps), what);
            return;
        }
        assertEquals(list(query[3]), steps, what);
        if (!query[4].equals("?")) {
            assertEquals(withoutImplied(graph, list(query[4])), plan.resultingHeads().stream().sorted().toList(), what);
        }
    }

    private static void checkRange(RevisionGraph graph, Planner planner, String[] query, String what) {
        if (query[2].equals("ERROR")) {
            assertThrows(MigrateException.class, () -> planner.history(query[1], List.of()), what);
            return;
        }
        List<String> shown = GraphDsl.ids(planner.history(query[1], List.of()));
        if (query[2].equals("ASSERT")) {
            assertRunsInOrder(graph, reversed(shown), what);
            return;
        }
        assertEquals(list(query[2]), shown, what);
    }

    private static MigrationPlan plan(Planner planner, boolean upgrade, List<String> rows, String target) {
        return upgrade ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
    }

    /** Oldest first: every revision after everything it revises or depends on that is also listed. */
    private static void assertRunsInOrder(RevisionGraph graph, List<String> oldestFirst, String what) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            position.put(oldestFirst.get(i), i);
        }
        for (String id : oldestFirst) {
            for (RevisionHeader ancestor : graph.ancestors(List.of(id))) {
                Integer at = position.get(ancestor.id());
                assertTrue(at == null || at <= position.get(id), what + ": " + ancestor.id() + " after " + id);
            }
        }
    }

    /**
     * Alembic's rows without those another row implies. When a downgrade unmerges while other heads
     * exist, Alembic re-inserts a parent that another remaining parent already implies (it only
     * drops parents implied by the other heads), leaving overlapping rows; we leave only the heads.
     */
    private static List<String> withoutImplied(RevisionGraph graph, List<String> rows) {
        return rows.stream().filter(row -> rows.stream().noneMatch(
                other -> !other.equals(row) && graph.ancestors(List.of(other)).contains(row))).sorted().toList();
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> list(String field) {
        return field.equals("-") ? List.of() : List.of(field.split(","));
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = AlembicConformanceTest.class.getResourceAsStream("alembic_corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
