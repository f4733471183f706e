package dev.migrate.engine;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.SchemaInspector;
import dev.migrate.engine.autogen.Equivalence;
import dev.migrate.engine.autogen.ModelComparison;
import dev.migrate.engine.autogen.SchemaDiff;
import dev.migrate.engine.config.ScriptFormat;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ConfigLoader;
import dev.migrate.engine.config.ConfigRequest;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.discovery.DialectRegistry;
import dev.migrate.engine.drift.ChecksumCache;
import dev.migrate.engine.drift.DriftCheck;
import dev.migrate.engine.drift.DriftReport;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.RevisionSet;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.plan.MigrationPlan;
import dev.migrate.engine.plan.Planner;
import dev.migrate.engine.plan.StampPlan;
import dev.migrate.engine.render.OfflineScript;
import dev.migrate.engine.render.PlanRenderer;
import dev.migrate.engine.runtime.DatabaseConnector;
import dev.migrate.engine.execution.FailureLog;
import dev.migrate.engine.execution.OnlineRunner;
import dev.migrate.engine.execution.RunListener;
import dev.migrate.engine.execution.RunResult;
import dev.migrate.engine.runtime.HistoryTable;
import dev.migrate.engine.runtime.VersionChanges;
import dev.migrate.engine.runtime.VersionTable;
import dev.migrate.engine.scaffold.RevisionAuthor;
import dev.migrate.engine.scaffold.RevisionRequest;
import dev.migrate.engine.source.RevisionScripts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import java.util.function.Function;

/**
 * The engine facade the command line and applications call: one project (configuration and
 * revision scripts) and its database. Returns results; never prints.
 */
public final class Migrator {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Migrator.class);

    private final ProjectConfig config;
    /** Found on first use: listing the graph needs no dialect, and finding them scans the class path. */
    private DialectRegistry dialects;
    private RevisionGraph graph;

    private Optional<DataSource> dataSource = Optional.empty();
    private DatabaseConnector connector;
    private CompletableFuture<List<String>> rowsAhead;
    private List<RevisionView> fullHistory;

    private Migrator(ProjectConfig config) {
        this.config = config;
    }

    /** Opens the project the request's configuration file describes. */
    public static Migrator open(ConfigRequest request) {
        return new Migrator(ConfigLoader.load(request));
    }

    public ProjectConfig config() {
        return config;
    }

    /** The revision graph, read from the scripts on first use. */
    public RevisionGraph graph() {
        if (graph == null) {
            graph = RevisionGraph.of(RevisionScripts.load(config.versionLocations(), config.recursiveVersionLocations()));
        }
        return graph;
    }

    /** A planner over the graph. */
    public Planner planner() {
        return new Planner(graph());
    }

    /** How a revision appears in listings; {@code current} marks it as a database head. */
    public RevisionView view(RevisionHeader header, boolean current) {
        RevisionGraph g = graph();
        String id = header.id();
        SortedSet<String> labels = g.branchLabels(id);
        List<RevisionHeader> children = g.children(id);
        List<String> childIds = new ArrayList<>(children.size());
        for (RevisionHeader child : children) {
            childIds.add(child.id());
        }
        return new RevisionView(header, labels.isEmpty() ? List.of() : List.copyOf(labels), g.isHead(id),
                g.isEffectiveHead(id), g.isBase(id), g.isBranchPoint(id), g.isMergePoint(id), current, childIds);
    }

    /** How the revision {@code id} appears in listings. */
    public RevisionView view(String id) {
        return view(graph().get(id).orElseThrow(), false);
    }

    /** The heads of the graph; with {@code resolveDependencies}, only those that get a version-table row. */
    public List<RevisionView> heads(boolean resolveDependencies) {
        return views(ids(graph().heads(resolveDependencies)), List.of());
    }

    /** The branch points of the graph, in load order. */
    public List<RevisionView> branches() {
        List<String> ids = new ArrayList<>();
        for (RevisionHeader h : graph().revisions()) {
            if (graph().isBranchPoint(h.id())) {
                ids.add(h.id());
            }
        }
        return views(ids, List.of());
    }

    /**
     * History, newest first, limited to {@code range} ({@code a:b}) when given. The whole history
     * without current marks depends only on the scripts, so it is worked out once.
     */
    public List<RevisionView> history(Optional<String> range, boolean indicateCurrent) {
        if (range.isEmpty() && !indicateCurrent) {
            synchronized (this) {
                if (fullHistory == null) {
                    fullHistory = List.copyOf(listHistory(range, false));
                }
                return fullHistory;
            }
        }
        return listHistory(range, indicateCurrent);
    }

    private List<RevisionView> listHistory(Optional<String> range, boolean indicateCurrent) {
        List<String> rows = indicateCurrent || range.map(r -> r.contains("current")).orElse(false) ? currentRows() : List.of();
        List<RevisionView> views = new ArrayList<>();
        for (RevisionHeader h : planner().history(range.orElse(null), rows)) {
            views.add(view(h, indicateCurrent && rows.contains(h.id())));
        }
        return views;
    }

    /** The revisions a symbol names (an id, prefix, label, {@code head}, {@code heads}, {@code current}, ...). */
    public List<RevisionView> show(String symbol) {
        if (symbol.equals("current")) {
            return current();
        }
        return views(ids(graph().resolve(symbol)), List.of());
    }

    /**
     * The revisions the database is at, as Alembic's {@code current} shows them: the version-table
     * rows plus the heads they depend on (effective heads), each marked current.
     */
    public List<RevisionView> current() {
        List<String> rows = graph().currentRows(currentRows());
        RevisionSet applied = graph().ancestors(rows, true);
        List<String> tips = new ArrayList<>();
        for (RevisionHeader h : applied) {
            if (!anyIn(graph().children(h.id()), applied)) {
                tips.add(h.id());
            }
        }
        return views(tips, tips);
    }

    /**
     * Sets the version table to {@code targets} without running migrations, under the run lock;
     * also forgets a failed step recorded by an earlier run.
     */
    public StampResult stamp(List<String> targets, boolean purge) {
        DatabaseConnector connector = connector();
        VersionTable table = versionTable(connector);
        FailureLog failures = failureLog(connector);
        return runner(connector, RunListener.NONE).locked(c -> {
            List<String> before = table.read(c);
            StampPlan plan = planner().stamp(before, targets, purge);
            if (plan.purge()) {
                table.purge(c);
            }
            VersionChanges.apply(table, c, plan.changes());
            failures.clear(c);
            return new StampResult(before, plan.changes(), table.read(c));
        });
    }

    /** Upgrades the database to {@code target} ({@code head}, {@code heads}, an id, {@code +N}, ...). */
    public RunResult upgrade(String target) {
        return upgrade(target, RunListener.NONE);
    }

    /**
     * Upgrades the database to {@code target}, telling {@code listener} each step as it runs; refuses
     * when {@link #check()} finds drift.
     */
    public RunResult upgrade(String target, RunListener listener) {
        return upgrade(target, listener, false);
    }

    /**
     * Upgrades the database to {@code target}; refuses when {@link #check()} finds drift unless
     * {@code ignoreDrift}.
     */
    public RunResult upgrade(String target, RunListener listener, boolean ignoreDrift) {
        graph();
        DatabaseConnector connector = connector();
        PlanRenderer renderer = new PlanRenderer(connector.dialect(), config, graph());
        OnlineRunner.Precondition noDrift = ignoreDrift ? OnlineRunner.Precondition.NONE : (c, rows) -> {
            DriftReport drift = new DriftCheck(graph(), renderer, Optional.of(ChecksumCache.open(connector.dialect(), config)))
                    .check(rows, historyTable(connector).upgradeChecksums(c), config.versionTable());
            if (!drift.clean()) {
                throw new MigrateException(MigrateException.Kind.DATABASE, "Refusing to upgrade: "
                        + String.join(" ", drift.problems()) + " Or pass --ignore-drift to upgrade anyway.");
            }
        };
        return runner(connector, listener).run(Direction.UPGRADE, rows -> planner().upgrade(rows, target),
                renderer::render, noDrift);
    }

    /**
     * Compares the applied revisions with the scripts: checksums recorded in the history table
     * against the scripts' current rendering, and version-table rows against the scripts.
     */
    public DriftReport check() {
        DatabaseConnector connector = connector();
        List<String> rows;
        Map<String, String> history;
        try (Connection c = connector.open()) {
            rows = versionTable(connector).read(c);
            history = historyTable(connector).upgradeChecksums(c);
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot read the version and history tables of "
                    + config.versionTable() + " at " + connector.redactedUrl() + ": " + connector.clean(e), e);
        }
        PlanRenderer renderer = new PlanRenderer(connector.dialect(), config, graph());
        return new DriftCheck(graph(), renderer, Optional.of(ChecksumCache.open(connector.dialect(), config)))
                .check(rows, history, config.versionTable());
    }

    /** Downgrades the database to {@code target} ({@code base}, an id, {@code -N}, ...). */
    public RunResult downgrade(String target) {
        return downgrade(target, RunListener.NONE);
    }

    /** Downgrades the database to {@code target}, telling {@code listener} each step as it runs. */
    public RunResult downgrade(String target, RunListener listener) {
        return run(Direction.DOWNGRADE, rows -> planner().downgrade(rows, target), listener);
    }

    private RunResult run(Direction direction, Function<List<String>, MigrationPlan> plan, RunListener listener) {
        graph();
        DatabaseConnector connector = connector();
        PlanRenderer renderer = new PlanRenderer(connector.dialect(), config, graph());
        return runner(connector, listener).run(direction, plan, renderer::render);
    }

    private OnlineRunner runner(DatabaseConnector connector, RunListener listener) {
        return new OnlineRunner(connector, versionTable(connector), historyTable(connector), failureLog(connector),
                config.transactionPerMigration(), config.lockTimeout(), listener);
    }

    private HistoryTable historyTable(DatabaseConnector connector) {
        return new HistoryTable(connector.dialect(), config.versionTable(), config.versionTableSchema());
    }

    private FailureLog failureLog(DatabaseConnector connector) {
        return new FailureLog(connector.dialect(), config.versionTable(), config.versionTableSchema());
    }

    /** Writes a new revision script ({@code migrate revision}) and returns its header. */
    public RevisionHeader revision(RevisionRequest request) {
        return new RevisionAuthor(config, graph(), Clock.systemDefaultZone()).revision(request);
    }

    /**
     * Compares the target model with the database (at its heads), or with the schema the revisions
     * imply when {@code offline}, and writes a revision with the operations that remove the
     * differences and their inferred downgrade; writes nothing when there are none.
     *
     * @throws MigrateException of kind {@code DATABASE} when the database is not at the scripts' heads
     */
    public AutogenerateResult autogenerate(RevisionRequest request, boolean offline) {
        CompletableFuture<SchemaModel> target = targetModel("revision --autogenerate");
        RevisionAuthor author = new RevisionAuthor(config, graph(), Clock.systemDefaultZone());
        SchemaDiff diff = offline
                ? ModelComparison.comparator(config, offlineEquivalence())
                        .compare(join(target), ModelComparison.replayed(config, graph(), author.parentsOf(request)))
                : compareLive(target);
        if (diff.isEmpty()) {
            return new AutogenerateResult(diff, Optional.empty());
        }
        ScriptFormat format = request.format().orElse(config.defaultFormat());
        return new AutogenerateResult(diff, Optional.of(author.revision(request, ModelComparison.body(diff, format))));
    }

    /**
     * The differences between the target model and the database (which must be at the scripts'
     * heads), or the schema the revisions imply when {@code offline} ({@code migrate check}).
     */
    public SchemaDiff compareWithModel(boolean offline) {
        CompletableFuture<SchemaModel> target = targetModel("check");
        if (offline) {
            List<String> heads = ids(graph().heads());
            return ModelComparison.comparator(config, offlineEquivalence())
                    .compare(join(target), ModelComparison.replayed(config, graph(), heads));
        }
        return compareLive(target);
    }

    /**
     * The target model, read (compiled, for a Java model) on a second thread while this one reads
     * the revisions and the database: the two take about as long as each other.
     */
    private CompletableFuture<SchemaModel> targetModel(String command) {
        Path file = ModelComparison.targetFile(config, command);
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            SchemaModel target = ModelComparison.target(config, file);
            LOG.info("Read the target model ({} tables) in {} ms", target.tables().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return target;
        });
    }

    /** The model, or the error reading it raised, as it was raised. */
    private static SchemaModel join(CompletableFuture<SchemaModel> target) {
        try {
            return target.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Whether a target model is configured. */
    public boolean hasTargetModel() {
        return config.targetModel().isPresent();
    }

    /** Structural equality; comments ignored when the configured dialect's database keeps none. */
    private Equivalence offlineEquivalence() {
        if (config.database().url().isEmpty() && config.database().dialect().isEmpty()) {
            return Equivalence.structural();
        }
        Dialect dialect = dialects().select(config.database().dialect(), config.database().url().orElse("")).create();
        return Equivalence.structural().withComments(ModelComparison.storesComments(dialect));
    }

    private SchemaDiff compareLive(CompletableFuture<SchemaModel> target) {
        DatabaseConnector connector = connector();
        Dialect dialect = connector.dialect();
        SchemaInspector inspector = dialect.inspector().orElseThrow(() -> new MigrateException(MigrateException.Kind.PLUGIN,
                "The " + dialect.name() + " dialect cannot read a live schema; pass --offline to compare with the schema "
                        + "the revisions imply"));
        try (Connection c = connector.open()) {
            // Read-only: the schema is read while the version table is read ahead (prefetch), and
            // compared only once the database is known to be at head.
            long start = System.nanoTime();
            SchemaModel actual = inspector.inspect(c, ModelComparison.scope(config));
            LOG.info("Read {} tables from {} in {} ms", actual.tables().size(), connector.redactedUrl(),
                    (System.nanoTime() - start) / 1_000_000);
            List<String> rows = currentRows();
            MigrationPlan pending = planner().upgrade(rows, "heads");
            if (!pending.isEmpty()) {
                throw new MigrateException(MigrateException.Kind.DATABASE, "Target database is not up to date: it is at "
                        + (rows.isEmpty() ? "base" : String.join(", ", rows)) + ", and " + pending.steps().size()
                        + " revision(s) are not applied. Run 'migrate upgrade heads' first, or pass --offline to compare "
                        + "with the schema the revisions imply.");
            }
            Equivalence equivalence = Equivalence.of(inspector).withComments(ModelComparison.storesComments(dialect));
            return ModelComparison.comparator(config, equivalence).compare(join(target), actual);
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot read the schema of "
                    + connector.redactedUrl() + ": " + connector.clean(e), e);
        }
    }

    /** Writes a merge revision ({@code migrate merge}) and returns its header. */
    public RevisionHeader merge(RevisionRequest request) {
        return new RevisionAuthor(config, graph(), Clock.systemDefaultZone()).merge(request);
    }

    /**
     * Starts reading the version table on another thread, for a read-only command that will ask
     * for {@link #currentRows()} once: the dialect and its driver load at once, overlapping with
     * loading the scripts, and the connection opens once {@code accepted} completes, that is once
     * the command line turned out valid (opening an SQLite database that does not exist creates
     * its file, and bad input changes nothing). The next {@code currentRows()} call takes the result.
     */
    public synchronized void readCurrentRowsAhead(CompletableFuture<?> accepted) {
        if (rowsAhead != null) {
            return;
        }
        CompletableFuture<List<String>> rows = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                connector().dialect().driver();
                accepted.join();
                rows.complete(readCurrentRows());
            } catch (RuntimeException | Error e) {
                rows.completeExceptionally(e);
            }
        }, "migrate-version-table");
        thread.setDaemon(true);
        thread.start();
        rowsAhead = rows;
    }

    /** The database's current heads as rows of the version table (sorted); empty when it has none. */
    public List<String> currentRows() {
        CompletableFuture<List<String>> ahead;
        synchronized (this) {
            ahead = rowsAhead;
            rowsAhead = null;
        }
        if (ahead == null) {
            return readCurrentRows();
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private List<String> readCurrentRows() {
        DatabaseConnector connector = connector();
        try (Connection c = connector.open()) {
            return versionTable(connector).read(c);
        } catch (SQLException e) {
            throw new MigrateException(MigrateException.Kind.DATABASE, "Cannot read the version table "
                    + config.versionTable() + " at " + connector.redactedUrl() + ": " + connector.clean(e), e);
        }
    }

    /** The plan an upgrade to {@code target} would run from the database's current heads. */
    public MigrationPlan planUpgrade(String target) {
        return planner().upgrade(currentRows(), target);
    }

    /** The plan a downgrade to {@code target} would run from the database's current heads. */
    public MigrationPlan planDowngrade(String target) {
        return planner().downgrade(currentRows(), target);
    }

    /**
     * The offline SQL script of an upgrade or downgrade over a range ({@code [start:]end} for an
     * upgrade, {@code start:end} for a downgrade); no database is read or needed.
     */
    public String offlineScript(Direction direction, String range, Optional<String> tag) {
        MigrationPlan plan = direction == Direction.UPGRADE ? planner().upgradeOffline(range) : planner().downgradeOffline(range);
        if (config.database().url().isEmpty() && config.database().dialect().isEmpty()) {
            throw new ConfigException("Offline scripts are written for the dialect of 'url' or 'dialect'; set one of them "
                    + "in migrate.yaml, or MIGRATE_URL / MIGRATE_DIALECT");
        }
        Dialect dialect = dialects().select(config.database().dialect(), config.database().url().orElse("")).create();
        PlanRenderer renderer = new PlanRenderer(dialect, config, graph());
        Optional<String> create = direction == Direction.UPGRADE && plan.startHeads().isEmpty()
                ? Optional.of(renderer.versionTable().createSql()) : Optional.empty();
        return OfflineScript.of(dialect, config.transactionPerMigration(), direction, range.strip(), create,
                renderer.render(plan), tag);
    }

    /** A project whose connections come from an application's DataSource ({@link Migrate}). */
    static Migrator of(ProjectConfig config, Optional<DataSource> dataSource) {
        Migrator migrator = new Migrator(config);
        migrator.dataSource = dataSource;
        return migrator;
    }

    /** How this project reaches its database, made once (with a DataSource that takes a connection). */
    synchronized DatabaseConnector connector() {
        if (connector == null) {
            connector = dataSource.isPresent()
                    ? DatabaseConnector.of(dataSource.get(), config.database().dialect(), dialects())
                    : DatabaseConnector.of(config.database(), dialects());
        }
        return connector;
    }

    private synchronized DialectRegistry dialects() {
        if (dialects == null) {
            dialects = DialectRegistry.load();
        }
        return dialects;
    }

    VersionTable versionTable(DatabaseConnector connector) {
        return new VersionTable(connector.dialect(), config.versionTable(), config.versionTableSchema());
    }

    private static boolean anyIn(List<RevisionHeader> revisions, RevisionSet set) {
        for (RevisionHeader revision : revisions) {
            if (set.contains(revision.id())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(List<RevisionHeader> headers) {
        return headers.stream().map(RevisionHeader::id).toList();
    }

    private List<RevisionView> views(Collection<String> ids, Collection<String> currentRows) {
        List<RevisionView> views = new ArrayList<>();
        for (String id : ids) {
            graph().get(id).ifPresent(h -> views.add(view(h, currentRows.contains(id))));
        }
        return views;
    }
}
