package dev.migrate.cli.commands;

import dev.migrate.cli.ExitCodes;
import dev.migrate.engine.drift.DriftReport;
import picocli.CommandLine.Command;

/** {@code migrate check}: reports applied revisions whose scripts changed and database revisions the scripts lack. */
@Command(name = "check", description = "Check that the revisions applied to the database match the scripts: "
        + "exit 5 and print one line per problem when an applied revision's operations changed "
        + "or the database names a revision the scripts do not have.")
public final class CheckCommand extends ProjectCommand {

    @Override
    int run() {
        DriftReport report = migrator().check();
        if (report.clean()) {
            out().println("No drift: " + report.matched() + " applied revision(s) match the scripts.");
            return ExitCodes.OK;
        }
        report.problems().forEach(out()::println);
        return ExitCodes.CHECK_FAILED;
    }
}
