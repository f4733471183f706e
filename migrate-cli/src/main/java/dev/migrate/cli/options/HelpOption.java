package dev.migrate.cli.options;

import picocli.CommandLine.Option;

/** The {@code -h/--help} option of every sub-command ({@code --version} belongs to {@code migrate} alone). */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
