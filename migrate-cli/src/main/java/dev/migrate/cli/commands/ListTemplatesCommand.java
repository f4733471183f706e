package dev.migrate.cli.commands;

import dev.migrate.engine.scaffold.ProjectTemplate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import dev.migrate.cli.options.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code migrate list-templates}: the project templates {@code init} can use. */
@Command(name = "list-templates", 
        description = "List the project templates 'init --template' accepts.")
public final class ListTemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Available templates:");
        out.println();
        for (ProjectTemplate template : ProjectTemplate.all()) {
            out.printf("%s - %s%n", template.templateName(), template.description());
        }
        out.println();
        out.println("Templates are used via the 'init' command, e.g.:");
        out.println();
        out.println("  migrate init --template generic ./db");
        out.flush();
        return 0;
    }
}
