package dev.migrate.cli.commands;

import dev.migrate.engine.config.ConfigException;
import dev.migrate.engine.scaffold.ProjectInitializer;
import dev.migrate.engine.scaffold.ProjectTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import dev.migrate.cli.options.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migrate init DIR}: creates a new project. */
@Command(name = "init", 
        description = "Create a project in DIR: migrate.yaml (SQLite database by default), migrations/versions/ "
                + "and the templates for new revisions.")
public final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "New or empty directory.")
    Path directory;

    @Option(names = {"-t", "--template"}, defaultValue = "generic", paramLabel = "NAME",
            description = "Project template (see list-templates). Default: ${DEFAULT-VALUE}.")
    String template;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        ProjectTemplate chosen = ProjectTemplate.named(template).orElseThrow(() -> new ConfigException(
                "No such template '" + template + "'; available: " + ProjectTemplate.all().stream()
                        .map(ProjectTemplate::templateName).collect(Collectors.joining(", "))));
        Path target = directory.toAbsolutePath().normalize();
        List<Path> written = ProjectInitializer.init(target, chosen);
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : written) {
            out.println("Created " + path);
        }
        out.println("Next: ./migrate -c " + directory.resolve("migrate.yaml") + " revision -m \"create users table\"");
        out.flush();
        return 0;
    }
}
