package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ProjectConfig;
import dev.migrate.engine.config.ScriptFormat;
import dev.migrate.engine.io.DocumentException;
import dev.migrate.engine.io.StructuredText;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes new revision files from the project's templates ({@code script.java.tmpl},
 * {@code script.yaml.tmpl} in the script location; the built-in ones when the project has none)
 * and runs the post-write hooks on them.
 */
public final class RevisionWriter {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ProjectConfig config;

    public RevisionWriter(ProjectConfig config) {
        this.config = config;
    }

    /** The path the revision would be written to. */
    public Path pathOf(NewRevision revision) {
        String slug = NewFileNames.slug(revision.message(), config.truncateSlugLength());
        String name = NewFileNames.render(config.fileTemplate(), revision.id(), slug, revision.created());
        if (name.contains("/") && !config.recursiveVersionLocations()) {
            throw new ConfigException("file_template '" + config.fileTemplate() + "' makes sub-folders; set "
                    + "recursive_version_locations: true so that migrate finds the files it writes");
        }
        return revision.directory().resolve(name + revision.format().extension()).normalize();
    }

    /** Writes the file, runs the post-write hooks, and returns the file. */
    public Path write(NewRevision revision) {
        Path file = pathOf(revision);
        if (Files.exists(file)) {
            throw new ConfigException("Cannot write " + file + ": the file exists. Use another message, or put {rev} "
                    + "in file_template so that names are unique");
        }
        String text = render(revision);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new ConfigException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        PostWriteHooks.run(config.postWriteHooks(), file);
        return file;
    }

    /** The text of the new file. */
    public String render(NewRevision revision) {
        String templateName = revision.format() == ScriptFormat.JAVA ? "script.java.tmpl" : "script.yaml.tmpl";
        Path projectTemplate = config.scriptLocation().resolve(templateName);
        String template;
        try {
            template = Files.isRegularFile(projectTemplate) ? Files.readString(projectTemplate)
                    : TemplateText.builtIn(templateName);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + projectTemplate + ": " + e.getMessage(), e);
        }
        String text = withImports(TemplateText.render(template, values(revision), projectTemplate.toString()),
                revision.imports());
        return revision.format() == ScriptFormat.JSON ? toJson(text, projectTemplate.toString()) : text;
    }

    private Map<String, String> values(NewRevision r) {
        ScriptLiterals literals = new ScriptLiterals(r.format() == ScriptFormat.JAVA ? ScriptFormat.JAVA : ScriptFormat.YAML);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", literals.string(r.id()));
        values.put("revises", literals.list(r.revises()));
        values.put("branch_labels", literals.list(r.branchLabels()));
        values.put("depends_on", literals.list(r.dependsOn()));
        values.put("message", literals.string(r.message()));
        values.put("created", literals.string(CREATED.format(r.created())));
        values.put("class_name", className(r));
        boolean java = r.format() == ScriptFormat.JAVA;
        values.put("upgrades", r.upgrades().isEmpty() ? (java ? "        // Operations that apply this revision." : "[]") : r.upgrades());
        values.put("downgrades", r.downgrades().isEmpty() ? (java ? "        // Operations that revert it." : "[]") : r.downgrades());
        return values;
    }

    /** {@code imports} inserted before the first import of a Java file (or at its start). */
    private static String withImports(String text, String imports) {
        if (imports.isEmpty()) {
            return text;
        }
        int first = text.startsWith("import ") ? 0 : text.indexOf("\nimport ") + 1;
        return text.substring(0, first) + imports + (imports.endsWith("\n") ? "" : "\n") + "\n" + text.substring(first);
    }

    private static String toJson(String yaml, String templateName) {
        try {
            StringWriter out = new StringWriter();
            StructuredText.writeJson(StructuredText.readYaml(yaml), out);
            return out.toString();
        } catch (DocumentException | IOException e) {
            throw new ConfigException(templateName + " does not render valid YAML for a JSON revision: " + e.getMessage(), e);
        }
    }

    /** A Java class name from the message, e.g. {@code CreateUsersTable}; {@code Revision<id>} without one. */
    static String className(NewRevision r) {
        StringBuilder name = new StringBuilder();
        for (String word : NewFileNames.slug(r.message(), 60).split("_")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        String result = name.toString().replaceAll("[^A-Za-z0-9_$]", "");
        if (result.isEmpty() || !Character.isJavaIdentifierStart(result.charAt(0))) {
            result = "Revision" + r.id().replaceAll("[^A-Za-z0-9_$]", "_") + result;
        }
        return result;
    }
}
