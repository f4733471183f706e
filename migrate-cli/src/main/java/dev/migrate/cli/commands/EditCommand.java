package dev.migrate.cli.commands;

import dev.migrate.api.MigrateException;
import dev.migrate.engine.RevisionView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate edit REV}: opens the revision's file in {@code $VISUAL} or {@code $EDITOR}. */
@Command(name = "edit", 
        description = "Open the file(s) of the revision(s) REV names in $VISUAL or $EDITOR.")
public final class EditCommand extends ProjectCommand {

    @Parameters(paramLabel = "REV", description = "An id or unique prefix, a label, head, heads, current.")
    String revision;

    @Override
    int run() {
        List<RevisionView> revisions = migrator().show(revision);
        if (revisions.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.REVISION, "No revision files indicated by '" + revision + "'");
        }
        String editor = firstSet(System.getenv("VISUAL"), System.getenv("EDITOR"));
        if (editor == null) {
            throw new MigrateException(MigrateException.Kind.CONFIGURATION,
                    "No editor: set the VISUAL or EDITOR environment variable, e.g. EDITOR=vi");
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", editor + " \"$@\"", "editor"));
        revisions.forEach(r -> command.add(r.header().source()));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new MigrateException(MigrateException.Kind.CONFIGURATION, "Editor '" + editor + "' exited with code " + exit);
            }
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.CONFIGURATION, "Cannot run editor '" + editor + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException(MigrateException.Kind.CONFIGURATION, "Interrupted while editing", e);
        }
        return 0;
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
