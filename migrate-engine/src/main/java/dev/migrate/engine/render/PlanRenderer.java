package dev.migrate.engine.render;

import dev.migrate.api.operation.Operation;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.Dialect;
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
import java.util.Collection;
import java.util.List;

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
        preload(plan.steps().stream().map(PlannedStep::revision).toList());
        SchemaModel schema = schemaAt(plan.startHeads());
        List<RenderedStep> steps = new ArrayList<>();
        for (PlannedStep step : plan.steps()) {
            List<Operation> operations = RevisionOperations.load(step.revision(), step.direction(), config);
            List<Statement> statements = new ArrayList<>();
            for (Operation operation : operations) {
                statements.addAll(dialect.render(operation, schema));
                schema = new SchemaReplayer(schema).replay(step.revision().id(), List.of(operation)).model();
            }
            steps.add(new RenderedStep(step, statements, versionStatements(step.versionChanges())));
        }
        return steps;
    }

    /** The schema that applying every revision up to {@code heads} implies, replayed from their upgrades. */
    public SchemaModel schemaAt(Collection<String> heads) {
        if (heads.isEmpty()) {
            return SchemaModel.empty();
        }
        List<RevisionHeader> newestFirst = graph.order(graph.ancestors(heads), heads);
        preload(newestFirst);
        SchemaReplayer replayer = new SchemaReplayer(SchemaModel.empty());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            RevisionHeader revision = newestFirst.get(i);
            replayer = replayer.replay(revision.id(), RevisionOperations.load(revision, Direction.UPGRADE, config));
        }
        return replayer.model();
    }

    /** Compiles the Java scripts among {@code revisions} in one compiler run (the cached ones are skipped). */
    private static void preload(List<RevisionHeader> revisions) {
        List<Path> java = revisions.stream().map(r -> Path.of(r.source()))
                .filter(p -> p.getFileName().toString().endsWith(".java")).toList();
        if (java.size() > 1) {
            JavaRevisionLoader.shared().preload(java);
        }
    }

    private List<Statement> versionStatements(List<VersionChange> changes) {
        List<Statement> statements = new ArrayList<>();
        for (VersionChange change : changes) {
            statements.add(Statement.of(versionTable.sql(change, dialect::literal)));
        }
        return statements;
    }
}
