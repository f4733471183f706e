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
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The sub-commands of {@code migrate}, in help order. Only the one a run invokes is registered with
 * picocli, because building each command's model by reflection is most of the start-up time;
 * help and errors get them all.
 */
final class Commands {

    /** Global options that take a value, so that the value is not taken for the command name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("-c", "--config", "-n", "--name", "-x");

    private static final List<String> ALL = List.of("init", "list-templates", "revision", "merge", "upgrade", "downgrade",
            "stamp", "current", "history", "heads", "branches", "show", "check", "edit", "dialects");

    private Commands() {
    }

    /** Registers the sub-commands this run needs on the root command line. */
    static void register(CommandLine root, String[] args) {
        String name = commandName(args);
        if (name != null && ALL.contains(name)) {
            root.addSubcommand(name, create(name));
            return;
        }
        if (name == null && (List.of(args).contains("--version") || List.of(args).contains("-V"))) {
            return;
        }
        for (String command : ALL) {
            root.addSubcommand(command, create(command));
        }
        root.addSubcommand("help", new CommandLine.HelpCommand());
    }

    /** A new command object; a switch rather than a map of constructor references, which cost a bootstrap each at start-up. */
    private static Object create(String name) {
        return switch (name) {
            case "init" -> new InitCommand();
            case "list-templates" -> new ListTemplatesCommand();
            case "revision" -> new RevisionCommand();
            case "merge" -> new MergeCommand();
            case "upgrade" -> new UpgradeCommand();
            case "downgrade" -> new DowngradeCommand();
            case "stamp" -> new StampCommand();
            case "current" -> new CurrentCommand();
            case "history" -> new HistoryCommand();
            case "heads" -> new HeadsCommand();
            case "branches" -> new BranchesCommand();
            case "show" -> new ShowCommand();
            case "check" -> new CheckCommand();
            case "edit" -> new EditCommand();
            case "dialects" -> new DialectsCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
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
        return ALL;
    }
}
