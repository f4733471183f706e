package dev.migrate.engine.render;

import dev.migrate.api.operation.BatchAlterTable;
import dev.migrate.api.operation.Operation;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.ReplayedOperation;
import dev.migrate.api.spi.Statement;
import dev.migrate.engine.compiler.JavaRevisionLoader;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.plan.PlannedStep;
import dev.migrate.engine.plan.VersionChange;
import dev.migrate.engine.replay.SchemaReplayer;
import dev.migrate.engine.runtime.VersionTable;
import dev.migrate.engine.script.RevisionOperations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a migration plan into SQL for one dialect. The schema before each operation comes from
 * replaying the revisions already applied, so rendering needs no database: MySQL's
 * {@code MODIFY COLUMN} restates the column as the replayed schema holds it.
 */
public final class PlanRenderer {

    private final Dialect dialect;
    private final ProjectConfig config;
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    /** Replayer states already computed, by the set of heads they are at. */
    private final Map<Set<String>, SchemaReplayer> replayed = new HashMap<>();
    /** How many scripts {@link #render(MigrationPlan, Consumer)} loads at a time when none needs compiling. */
    private static final int PRELOAD_GROUP = 50;
    /** How many it loads first: the first step goes out once they are rendered. */
    private static final int FIRST_PRELOAD_GROUP = 5;

    public PlanRenderer(Dialect dialect, ProjectConfig config, RevisionGraph graph) {
        this.dialect = dialect;
        this.config = config;
        this.graph = graph;
        this.versionTable = new VersionTable(dialect, config.versionTable(), config.versionTableSchema());
    }

    /** The version table these steps write. */
    public VersionTable versionTable() {
        return versionTable;
    }

    /** Every step of the plan with its statements, in order. */
    public List<RenderedStep> render(MigrationPlan plan) {
        if (plan.steps().isEmpty()) {
            // Nothing to run: no script needs loading, and no schema needs replaying.
            return List.of();
        }
        List<RenderedStep> rendered = new ArrayList<>();
        render(plan, rendered::add);
        return rendered;
    }

    /**
     * Renders the plan's steps in order, handing each to {@code each} as soon as it is rendered
     * (an online run starts the first step while later ones render). Every Java script of the plan
     * is compiled before the first step is handed over, so a script that does not compile stops
     * the run before it changes anything.
     */
    public void render(MigrationPlan plan, Consumer<RenderedStep> each) {
        if (plan.steps().isEmpty()) {
            return;
        }
        List<RevisionHeader> revisions = plan.steps().stream().map(PlannedStep::revision).toList();
        SchemaReplayer replayer = replayerAt(plan.startHeads());
        JavaRevisionLoader loader = JavaRevisionLoader.shared();
        Map<Path, String> sources = loader.sources(javaFiles(revisions)); // each script read once here
        if (!loader.compiled(sources)) {
            preload(sources);
            renderSteps(plan.steps(), replayer, sources, each);
            return;
        }
        // Nothing to compile: define the scripts' classes a group at a time, so the first steps go out sooner.
        for (int start = 0, end; start < plan.steps().size(); start = end) {
            end = Math.min(start + (start == 0 ? FIRST_PRELOAD_GROUP : PRELOAD_GROUP), plan.steps().size());
            Map<Path, String> group = new LinkedHashMap<>();
            javaFiles(revisions.subList(start, end)).forEach(file -> group.put(file, sources.get(file)));
            preload(group);
            renderSteps(plan.steps().subList(start, end), replayer, sources, each);
        }
    }

    /**
     * The upgrades of every revision up to {@code heads}, rendered from an empty schema in the
     * order {@link #schemaAt} replays them (the drift check's view of what was applied). The schema
     * they end at is remembered, so a plan starting at {@code heads} does not replay them again.
     */
    public List<RenderedStep> renderFromBase(Collection<String> heads) {
        List<RevisionHeader> revisions = upgradeOrder(heads);
        Map<Path, String> sources = preload(revisions);
        SchemaReplayer replayer = new SchemaReplayer(SchemaModel.empty());
        List<RenderedStep> rendered = new ArrayList<>();
        renderSteps(revisions.stream().map(r -> new PlannedStep(r, Direction.UPGRADE, List.of())).toList(), replayer,
                sources, rendered::add);
        replayed.put(Set.copyOf(heads), replayer.copy());
        return rendered;
    }

    /** The schema that applying every revision up to {@code heads} implies, replayed from their upgrades. */
    public SchemaModel schemaAt(Collection<String> heads) {
        return replayerAt(heads).model();
    }

    /**
     * Renders steps, each operation against the schema replayed so far (the dialect sees a step's
     * operations together, each with its schema before and after). One replayer
     * runs through the whole plan, so its leniency after raw SQL (tables the SQL may have created)
     * carries from one operation and revision to the next.
     */
    private void renderSteps(List<PlannedStep> steps, SchemaReplayer replayer, Map<Path, String> sources,
            Consumer<RenderedStep> each) {
        for (PlannedStep step : steps) {
            List<Operation> operations = RevisionOperations.load(step.revision(), step.direction(), config, sources);
            List<ReplayedOperation> replayed = new ArrayList<>();
            for (int i = 0; i < operations.size(); i++) {
                replay(step.revision().id(), i + 1, operations.get(i), replayer, replayed);
            }
            List<Statement> statements = dialect.render(replayed);
            each.accept(new RenderedStep(step, statements, versionStatements(step.versionChanges())));
        }
    }

    /**
     * Folds {@code operation} into {@code replayer}, adding it to {@code replayed} with the schema
     * before and after it; a batch's operations are added one by one, each naming the batch.
     */
    private static void replay(String revision, int position, Operation operation, SchemaReplayer replayer,
            List<ReplayedOperation> replayed) {
        if (operation instanceof BatchAlterTable batch) {
            SchemaReplayer check = replayer.copy();
            check.replay(revision, position, batch); // the whole batch fits, or nothing of it is replayed
            for (Operation inner : batch.operations()) {
                SchemaModel before = replayer.model();
                replayer.replay(revision, position, inner);
                replayed.add(new ReplayedOperation(inner, before, replayer.model(), Optional.of(batch)));
            }
            return;
        }
        SchemaModel before = replayer.model();
        replayer.replay(revision, position, operation);
        replayed.add(new ReplayedOperation(operation, before, replayer.model(), Optional.empty()));
    }

    /** A replayer in the state every revision up to {@code heads} leaves; the caller may change it. */
    private SchemaReplayer replayerAt(Collection<String> heads) {
        if (heads.isEmpty()) {
            return new SchemaReplayer(SchemaModel.empty());
        }
        SchemaReplayer remembered = replayed.get(Set.copyOf(heads));
        if (remembered != null) {
            return remembered.copy();
        }
        List<RevisionHeader> revisions = upgradeOrder(heads);
        Map<Path, String> sources = preload(revisions);
        SchemaReplayer replayer = new SchemaReplayer(SchemaModel.empty());
        for (RevisionHeader revision : revisions) {
            replayer.replay(revision.id(), RevisionOperations.load(revision, Direction.UPGRADE, config, sources));
        }
        replayed.put(Set.copyOf(heads), replayer.copy());
        return replayer;
    }

    /** {@code heads} and everything they revise or depend on, oldest first: the order {@link #renderFromBase} renders. */
    public List<RevisionHeader> upgradeOrder(Collection<String> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<RevisionHeader> oldestFirst = new ArrayList<>(graph.order(graph.ancestors(heads), heads));
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static List<Path> javaFiles(List<RevisionHeader> revisions) {
        return revisions.stream().map(r -> Path.of(r.source())).filter(p -> p.getFileName().toString().endsWith(".java"))
                .toList();
    }

    /** {@link #preload(List)} of scripts whose text was read already. */
    private static void preload(Map<Path, String> sources) {
        if (sources.size() > 1) {
            JavaRevisionLoader.shared().preload(sources);
        }
    }

    /**
     * Compiles the Java scripts among {@code revisions} in one compiler run (the cached ones are
     * skipped); returns their text, as read for it.
     */
    private static Map<Path, String> preload(List<RevisionHeader> revisions) {
        List<Path> java = javaFiles(revisions);
        return java.size() > 1 ? JavaRevisionLoader.shared().preload(java) : Map.of();
    }

    private List<Statement> versionStatements(List<VersionChange> changes) {
        List<Statement> statements = new ArrayList<>();
        for (VersionChange change : changes) {
            statements.add(Statement.of(versionTable.sql(change, dialect::literal)));
        }
        return statements;
    }
}
