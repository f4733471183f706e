package dev.migrate.cli;

import dev.migrate.cli.commands.BranchesCommand;
import dev.migrate.cli.commands.CheckCommand;
import dev.migrate.cli.commands.CurrentCommand;
import dev.migrate.cli.commands.DialectsCommand;
import dev.migrate.cli.commands.DowngradeCommand;
import dev.migrate.cli.commands.EditCommand;
import dev.migrate.cli.commands.HeadsCommand;
import dev.migrate.cli.commands.HistoryCommand;
import dev.migrate.cli.commands.InitCommand;
import dev.migrate.cli.commands.ListTemplatesCommand;
import dev.migrate.cli.commands.MergeCommand;
import dev.migrate.cli.commands.RevisionCommand;
import dev.migrate.cli.commands.ShowCommand;
import dev.migrate.cli.commands.StampCommand;
import dev.migrate.cli.commands.UpgradeCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The sub-commands of {@code migrate}, in help order. Only the one a run invokes is registered with
 * picocli, because building each command's model by reflection is most of the start-up time;
 * help and errors get them all.
 */
final class Commands {

    /** Global options that take a value, so that the value is not taken for the command name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("-c", "--config", "-n", "--name", "-x");

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("init", InitCommand::new);
        ALL.put("list-templates", ListTemplatesCommand::new);
        ALL.put("revision", RevisionCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("upgrade", UpgradeCommand::new);
        ALL.put("downgrade", DowngradeCommand::new);
        ALL.put("stamp", StampCommand::new);
        ALL.put("current", CurrentCommand::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("heads", HeadsCommand::new);
        ALL.put("branches", BranchesCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("edit", EditCommand::new);
        ALL.put("dialects", DialectsCommand::new);
    }

    private Commands() {
    }

    /** Registers the sub-commands this run needs on the root command line. */
    static void register(CommandLine root, String[] args) {
        String name = commandName(args);
        if (name != null && ALL.containsKey(name)) {
            root.addSubcommand(name, ALL.get(name).get());
            return;
        }
        if (name == null && (List.of(args).contains("--version") || List.of(args).contains("-V"))) {
            return;
        }
        ALL.forEach((n, factory) -> root.addSubcommand(n, factory.get()));
        root.addSubcommand("help", new CommandLine.HelpCommand());
    }

    /** The first argument that is neither an option nor an option's value. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            }
        }
        return null;
    }

    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
