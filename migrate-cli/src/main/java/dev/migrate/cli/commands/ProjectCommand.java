package dev.migrate.cli.commands;

import dev.migrate.cli.options.GlobalOptions;
import dev.migrate.engine.Migrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import dev.migrate.cli.options.HelpOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that work on a project: the global options and the engine facade. */
abstract class ProjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private Migrator migrator;

    /** The project named by the global options, opened on first use. */
    Migrator migrator() {
        if (migrator == null) {
            migrator = ((GlobalOptions) spec.root().userObject()).project();
        }
        return migrator;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public final Integer call() {
        int code = run();
        out().flush();
        return code;
    }

    /** Runs the command and returns its exit code. */
    abstract int run();
}
