package dev.migrate.cli.commands;

import dev.migrate.api.MigrateException;
import dev.migrate.cli.output.RevisionJson;
import dev.migrate.cli.output.RunProgress;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.plan.PlannedStep;
import dev.migrate.engine.execution.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shared body of {@code upgrade} and {@code downgrade}: online run, {@code --dry-run} plan or {@code --sql} script. */
abstract class MigrateCommand extends ProjectCommand {

    @Parameters(paramLabel = "TARGET", description = "Where to go: head, heads, an id or prefix, label@head, +N, -N, base, ...")
    String target;

    @Option(names = "--dry-run", description = "Print the plan (steps and version-table changes) without running it.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON (with --dry-run: the plan).")
    boolean json;

    @Option(names = "--sql", description = "Write the SQL script instead of running it (offline: no database is read). "
            + "TARGET is [START:]END for upgrade, START:END for downgrade.")
    boolean sql;

    @Option(names = "--output", paramLabel = "FILE", description = "With --sql: write the script to FILE instead of stdout.")
    Path output;

    @Option(names = "--tag", paramLabel = "TAG", description = "With --sql: a tag written into the script's header.")
    String tag;

    abstract Direction direction();

    /** Whether an upgrade goes on despite drift ({@code upgrade --ignore-drift}). */
    boolean ignoreDrift() {
        return false;
    }

    @Override
    int run() {
        if (sql) {
            return offline();
        }
        if (dryRun) {
            return dryRun();
        }
        RunProgress progress = new RunProgress(out(), RunProgress.stdoutIsTerminal(), json);
        RunResult result = direction() == Direction.UPGRADE ? migrator().upgrade(target, progress, ignoreDrift())
                : migrator().downgrade(target, progress);
        progress.finished(result);
        return 0;
    }

    private int offline() {
        String script = migrator().offlineScript(direction(), target, Optional.ofNullable(tag));
        if (output == null) {
            out().print(script);
            return 0;
        }
        try {
            Files.writeString(output, script);
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.CONFIGURATION, "Cannot write " + output + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private int dryRun() {
        MigrationPlan plan = direction() == Direction.UPGRADE ? migrator().planUpgrade(target) : migrator().planDowngrade(target);
        String name = direction().name().toLowerCase(Locale.ROOT);
        if (json) {
            List<Object> steps = new ArrayList<>();
            for (PlannedStep step : plan.steps()) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("revision", step.revision().id());
                object.put("direction", step.direction().name().toLowerCase(Locale.ROOT));
                steps.add(object);
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("direction", name);
            tree.put("steps", steps);
            RevisionJson.print(tree, out());
            return 0;
        }
        if (plan.steps().isEmpty()) {
            out().println("Nothing to " + name + ": the database is at " + heads(plan.startHeads()) + ".");
            return 0;
        }
        out().println("Dry run: " + plan.steps().size() + " step(s) would run; nothing was changed.");
        for (PlannedStep step : plan.steps()) {
            out().println("Running " + step.direction().name().toLowerCase(Locale.ROOT) + " " + heads(step.fromIds()) + " -> "
                    + heads(step.toIds()) + ", " + step.revision().message());
        }
        out().println("Version table afterwards: " + heads(plan.resultingHeads()));
        return 0;
    }

    private static String heads(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }
}
