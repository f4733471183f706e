package dev.migrate.cli.commands;

import dev.migrate.cli.ExitCodes;
import dev.migrate.engine.autogen.SchemaDiff;
import dev.migrate.engine.drift.DriftReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate check}: reports applied revisions whose scripts changed and database revisions
 * the scripts lack, and, with a target model, where the database differs from it.
 */
@Command(name = "check", description = "Check that the revisions applied to the database match the scripts "
        + "(exit 5 and one line per problem when an applied revision's operations changed or the database names a "
        + "revision the scripts do not have), and, when target_model is configured, that the database matches the "
        + "target model (exit 9 and one line per difference; not compared after drift; exit 4 when the database is not at "
        + "head).")
public final class CheckCommand extends ProjectCommand {

    @Option(names = "--offline", description = "Compare the target model with the schema the revisions imply; "
            + "no database is read (the drift check needs one and is skipped).")
    boolean offline;

    @Override
    int run() {
        int code = ExitCodes.OK;
        if (!offline) {
            DriftReport report = migrator().check();
            if (report.clean()) {
                out().println("No drift: " + report.matched() + " applied revision(s) match the scripts.");
            } else {
                report.problems().forEach(out()::println);
                code = ExitCodes.CHECK_FAILED;
            }
        }
        // With drift, the database's revisions are not the scripts': comparing it with the model says nothing more.
        // Like Alembic, only a database at head is compared (pending revisions would show as differences):
        // one that is not fails with "Target database is not up to date" (exit 4).
        if (code == ExitCodes.OK && (offline || migrator().hasTargetModel())) {
            SchemaDiff diff = migrator().compareWithModel(offline);
            String compared = offline ? "the schema the revisions imply" : "the database";
            if (diff.isEmpty()) {
                out().println("No differences: " + compared + " matches the target model.");
            } else {
                out().println("The target model differs from " + compared + ":");
                diff.descriptions().forEach(d -> out().println("  " + d));
                code = ExitCodes.MODEL_DIFFERS;
            }
        }
        return code;
    }
}
