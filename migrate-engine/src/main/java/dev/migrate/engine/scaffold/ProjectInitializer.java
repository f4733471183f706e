package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Writes a new project: {@code migrate.yaml}, {@code migrations/versions/} and the revision templates. */
public final class ProjectInitializer {

    private ProjectInitializer() {
    }

    /**
     * Creates the project in {@code directory}, which must not exist or be empty.
     *
     * @return the files and folders written, in order
     */
    public static List<Path> init(Path directory, ProjectTemplate template) {
        refuseNonEmpty(directory);
        List<Path> written = new ArrayList<>();
        try {
            Path versions = directory.resolve("migrations").resolve("versions");
            Files.createDirectories(versions);
            written.add(versions);
            Path config = directory.resolve(ConfigLoader.DEFAULT_FILE_NAME);
            String configText = TemplateText.builtIn("generic/migrate.yaml")
                    .replace("${format}", template.format().name().toLowerCase(Locale.ROOT));
            Files.writeString(config, configText);
            written.add(config);
            for (String name : List.of("script.java.tmpl", "script.yaml.tmpl")) {
                Path file = directory.resolve("migrations").resolve(name);
                Files.writeString(file, TemplateText.builtIn(name));
                written.add(file);
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot create the project in " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void refuseNonEmpty(Path directory) {
        if (Files.isRegularFile(directory)) {
            throw new ConfigException(directory + " is a file; give 'init' a new or empty directory");
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new ConfigException("Directory " + directory + " already exists and is not empty; "
                            + "give 'init' a new or empty directory");
                }
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + directory + ": " + e.getMessage(), e);
            }
        }
    }
}
