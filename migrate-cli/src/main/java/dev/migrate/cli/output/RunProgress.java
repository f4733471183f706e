package dev.migrate.cli.output;

import dev.migrate.engine.execution.AppliedStep;
import dev.migrate.engine.execution.RunListener;
import dev.migrate.engine.execution.RunResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code upgrade} and {@code downgrade} print while they run: one {@code Running ...} line per
 * applied step (with step n of N and the elapsed time on a terminal), or, with {@code --json},
 * nothing until the result summary.
 */
public final class RunProgress implements RunListener {

    private final PrintWriter out;
    private final boolean terminal;
    private final boolean json;

    public RunProgress(PrintWriter out, boolean terminal, boolean json) {
        this.out = out;
        this.terminal = terminal;
        this.json = json;
    }

    /** Whether standard output is an interactive terminal (not a pipe or a file). */
    public static boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    @Override
    public void stepApplied(AppliedStep step, int index, int total) {
        if (json) {
            return;
        }
        if (terminal) {
            out.println("[" + (index + 1) + "/" + total + "] " + step.description() + " (" + step.elapsed().toMillis() + " ms)");
        } else {
            out.println(step.description());
        }
        out.flush();
    }

    /** The closing output: the JSON summary, or on a terminal a line saying where the database is. */
    public void finished(RunResult result) {
        String direction = result.direction().name().toLowerCase(Locale.ROOT);
        if (json) {
            RevisionJson.print(summary(result, direction), out);
        } else if (terminal && result.applied().isEmpty()) {
            out.println("Nothing to " + direction + ": the database is at " + heads(result.resultingHeads()) + ".");
        } else if (terminal) {
            out.println("Done in " + result.elapsed().toMillis() + " ms; the database is at " + heads(result.resultingHeads()) + ".");
        }
    }

    private static Map<String, Object> summary(RunResult result, String direction) {
        List<Object> steps = new ArrayList<>();
        for (AppliedStep step : result.applied()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("revision", step.revision());
            object.put("description", step.description());
            object.put("elapsed_ms", step.elapsed().toMillis());
            steps.add(object);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("direction", direction);
        tree.put("applied", steps);
        tree.put("start_heads", result.startHeads());
        tree.put("heads", result.resultingHeads());
        tree.put("elapsed_ms", result.elapsed().toMillis());
        return tree;
    }

    private static String heads(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }
}
