package dev.migrate.engine.graph;

import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.plan.Planner;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * In-process micro benchmark of the revision graph and the planner (a plain {@code main}, not a
 * test): graphs of 10,000 and 100,000 revisions with a branch and a merge every 50, timed with
 * {@link System#nanoTime()} after warm-up runs, best of N. Prints a markdown table. Run it with
 * {@code bench/graph.sh [runs [sizes...]]}.
 */
public final class GraphBenchmark {

    private static final int[] DEFAULT_SIZES = {10_000, 100_000};
    private static final int PERIOD = 50;
    private static volatile long sink;

    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmUp = Math.max(2, runs / 2);
        int[] sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : DEFAULT_SIZES;
        for (int size : sizes) {
            row(LargeGraphs.branchAndMerge(size, PERIOD), runs, warmUp, false);
        }
        System.out.printf("Java %s, %d processors; one untimed pass over every size, then best of %d runs after %d "
                + "warm-up runs; milliseconds.%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), runs, warmUp);
        System.out.println("| Revisions | Merges | Build graph | Heads | Upgrade plan, base to heads "
                + "| History | Total | Total per revision (µs) | Downgrade plan, heads to base |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            row(LargeGraphs.branchAndMerge(size, PERIOD), runs, warmUp, true);
        }
    }

    private static void row(LargeGraphs.Shape shape, int runs, int warmUp, boolean print) {
        RevisionGraph graph = RevisionGraph.of(shape.revisions());
        Planner planner = new Planner(graph);
        double build = best(runs, warmUp, () -> RevisionGraph.of(shape.revisions()).size());
        double heads = best(runs, warmUp, () -> graph.heads().size() + graph.heads(true).size());
        double upgrade = best(runs, warmUp, () -> steps(planner.upgrade(List.of(), "heads")));
        double history = best(runs, warmUp, () -> planner.history(null, List.of()).size());
        double downgrade = best(runs, warmUp, () -> steps(planner.downgrade(List.of(shape.last()), "base")));
        if (!print) {
            return;
        }
        double total = build + heads + upgrade + history;
        System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.4f | %.1f | %.1f | %.1f | %.2f | %.1f |%n", graph.size(),
                shape.merges(), build, heads, upgrade, history, total, total * 1000 / graph.size(), downgrade);
    }

    private static int steps(MigrationPlan plan) {
        return plan.steps().size();
    }

    /** The fastest of {@code runs} timed runs, in milliseconds, after {@code warmUp} untimed ones. */
    private static double best(int runs, int warmUp, Supplier<Integer> work) {
        for (int i = 0; i < warmUp; i++) {
            sink += work.get();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000.0;
    }
}
