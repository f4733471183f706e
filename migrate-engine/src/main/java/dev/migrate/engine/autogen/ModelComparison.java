package dev.migrate.engine.autogen;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.SetTableComment;
import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.api.schema.ColumnDef;
import dev.migrate.api.schema.ColumnTypes;
import dev.migrate.api.schema.QualifiedName;
import dev.migrate.api.schema.TableDef;
import dev.migrate.api.spi.Dialect;
import java.util.Optional;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.spi.InspectionScope;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.config.ScriptFormat;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.plan.Direction;
import dev.migrate.engine.replay.SchemaReplayer;
import dev.migrate.engine.scaffold.RevisionAuthor;
import dev.migrate.engine.script.RevisionOperations;
import dev.migrate.engine.script.TargetModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The pieces of autogenerate and {@code check} that need no database: the project's target model,
 * the schema the revisions imply, what is compared, and the operations as a script's body.
 */
public final class ModelComparison {

    private ModelComparison() {
    }

    /**
     * The project's target model file ({@code target_model}).
     *
     * @throws ConfigException when none is configured
     */
    public static Path targetFile(ProjectConfig config, String command) {
        return config.targetModel().orElseThrow(() -> new ConfigException(command + " compares the "
                + "database with a target model, and " + config.file() + " names none; set target_model: to a Java "
                + "class implementing dev.migrate.api.TargetModel or a YAML schema file (see docs/user-guide/autogenerate.md)"));
    }

    /** The target model in {@code file}, read (a Java model compiled) with the project's naming convention. */
    public static SchemaModel target(ProjectConfig config, Path file) {
        return TargetModels.load(file, config.namingConvention());
    }

    /** The schema that applying every revision up to {@code heads} implies, replayed from their upgrades. */
    public static SchemaModel replayed(ProjectConfig config, RevisionGraph graph, Collection<String> heads) {
        if (heads.isEmpty()) {
            return SchemaModel.empty();
        }
        List<RevisionHeader> revisions = new ArrayList<>(graph.order(graph.ancestors(heads), heads));
        Collections.reverse(revisions);
        SchemaReplayer replayer = new SchemaReplayer(SchemaModel.empty());
        for (RevisionHeader revision : revisions) {
            replayer.replay(revision.id(), RevisionOperations.load(revision, Direction.UPGRADE, config));
        }
        return replayer.model();
    }

    /**
     * Whether {@code dialect}'s database keeps comments: it renders a comment change instead of
     * refusing it (SQLite refuses, and its inspector reads none, so comments are not compared there).
     */
    public static boolean storesComments(Dialect dialect) {
        QualifiedName probe = QualifiedName.of("t");
        try {
            dialect.render(new SetTableComment(probe, Optional.of("c")), SchemaModel.empty().with(
                    new TableDef(probe, List.of(ColumnDef.of("c", ColumnTypes.INTEGER)), List.of(), List.of(), Optional.empty())));
            return true;
        } catch (MigrateException e) {
            return false;
        }
    }

    /** The tables never compared: the version table and the tables beside it. */
    public static Set<String> ownTables(ProjectConfig config) {
        String version = config.versionTable();
        return Set.of(version, version + "_history", version + "_failure");
    }

    /** What an inspector reads for a comparison. */
    public static InspectionScope scope(ProjectConfig config) {
        return new InspectionScope(config.autogenerate().schemas(), ownTables(config));
    }

    /** A comparator with the project's filters. */
    public static SchemaComparator comparator(ProjectConfig config, Equivalence equivalence) {
        return new SchemaComparator(equivalence, new TableFilter(config.autogenerate(), ownTables(config)));
    }

    /** The upgrade and downgrade sections of a new revision in {@code format}. */
    public static RevisionAuthor.Body body(SchemaDiff diff, ScriptFormat format) {
        if (format == ScriptFormat.JAVA) {
            return new RevisionAuthor.Body(JavaScriptBody.of(diff.changes(), true), JavaScriptBody.of(diff.changes(), false),
                    JavaScriptBody.IMPORTS);
        }
        return new RevisionAuthor.Body(YamlScriptBody.of(diff.changes(), true), YamlScriptBody.of(diff.changes(), false), "");
    }
}
