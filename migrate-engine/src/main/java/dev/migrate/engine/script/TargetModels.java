package dev.migrate.engine.script;

import dev.migrate.api.MigrateException;
import dev.migrate.api.operation.CreateTable;
import dev.migrate.api.schema.SchemaModel;
import dev.migrate.api.schema.TableDef;
import dev.migrate.engine.compiler.JavaRevisionLoader;
import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.NamingConvention;
import dev.migrate.engine.io.DocumentException;
import dev.migrate.engine.io.TreeCache;
import dev.migrate.engine.source.ScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the target model {@code target_model} names: a Java class implementing
 * {@link dev.migrate.api.TargetModel} (compiled like revision scripts), or a YAML/JSON file whose
 * {@code tables:} list holds tables written as {@code create_table} writes them, plus
 * {@code indexes}. Unnamed constraints get the naming convention's names, as a revision that
 * creates them would give them.
 */
public final class TargetModels {

    private TargetModels() {
    }

    /**
     * The schema {@code file} describes, its constraints named by {@code convention}.
     *
     * @throws MigrateException naming the file and what is wrong with it
     */
    public static SchemaModel load(Path file, NamingConvention convention) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("target_model " + file + " does not exist; point target_model in migrate.yaml at a "
                    + "Java class implementing dev.migrate.api.TargetModel or a YAML/JSON schema file");
        }
        String name = file.getFileName().toString();
        SchemaModel model;
        if (name.endsWith(".java")) {
            try {
                model = JavaRevisionLoader.shared().loadModel(file).model();
            } catch (MigrateException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ScriptException(file + ": model() failed: " + e.getMessage());
            }
            if (model == null) {
                throw new ScriptException(file + ": model() returned null; return Schema.schema(table(...), ...)");
            }
        } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            model = declarative(file);
        } else {
            throw new ConfigException("target_model " + file + " must be a .java, .yaml, .yml or .json file");
        }
        return named(model, convention, file);
    }

    /** The model with its tables checked and their unnamed constraints named by {@code convention}. */
    static SchemaModel named(SchemaModel model, NamingConvention convention, Path file) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef table : model.tables()) {
            RecordingOperations recorder = new RecordingOperations(convention, Map.of());
            try {
                recorder.record(new CreateTable(table, false));
            } catch (IllegalArgumentException e) {
                throw new ScriptException(file + ": " + e.getMessage().replaceFirst("^createTable", "table"));
            }
            tables.add(((CreateTable) recorder.operations().get(0)).table());
        }
        return SchemaModel.of(tables);
    }

    private static SchemaModel declarative(Path file) {
        Object tree;
        try {
            tree = TreeCache.read(file); // parsed once, then from the cache while the file is unchanged
        } catch (DocumentException e) {
            throw new ScriptException(file + ": not valid " + (file.toString().endsWith(".json") ? "JSON" : "YAML") + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read: " + e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> map) || !map.keySet().equals(java.util.Set.of("tables"))
                || !(map.get("tables") instanceof List<?> items)) {
            throw new ScriptException(file + ": a schema file is a mapping with one key, 'tables:', a list of tables "
                    + "(name, columns, primary_key, unique, foreign_keys, checks, indexes, comment)");
        }
        List<TableDef> tables = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                tables.add(DeclarativeTables.modelTable(items.get(i), "tables[" + i + "]"));
            } catch (Fields.FieldException e) {
                String key = e.key().startsWith("tables[") ? e.key() : "tables[" + i + "]." + e.key();
                throw new ScriptException(file + ": key '" + key + "': " + e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ScriptException(file + ": tables[" + i + "]: " + e.getMessage());
            }
        }
        try {
            return SchemaModel.of(tables);
        } catch (IllegalArgumentException e) {
            throw new ScriptException(file + ": " + e.getMessage());
        }
    }
}
