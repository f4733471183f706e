package dev.migrate.cli.commands;

import dev.migrate.api.spi.Dialect;
import dev.migrate.api.spi.DialectProvider;
import dev.migrate.engine.discovery.DialectRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import dev.migrate.cli.options.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code migrate dialects}: lists the dialect plug-ins on the classpath. */
@Command(name = "dialects", 
        description = "List the database dialects on the classpath and the JDBC URLs each accepts.")
public final class DialectsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (DialectProvider provider : DialectRegistry.load().providers()) {
            Dialect dialect = provider.create();
            out.printf("%-10s %-34s %s%n", provider.name(), String.join(" ", provider.urlPrefixes()),
                    dialect.capabilities().transactionalDdl() ? "transactional DDL" : "DDL commits implicitly");
        }
        out.flush();
        return 0;
    }
}
