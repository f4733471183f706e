package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ScriptFormat;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything needed to write one new revision file.
 *
 * @param id the new revision id
 * @param revises parents, in order
 * @param branchLabels labels the revision declares
 * @param dependsOn dependencies (full ids or labels)
 * @param message one-line description
 * @param format the file format
 * @param directory the version location the file goes into
 * @param created when it was created, in the configured zone
 * @param upgrades the body of the upgrade section in the file's format (empty for none)
 * @param downgrades the body of the downgrade section
 * @param imports import lines a Java body needs (empty for none), written above the template's imports
 */
public record NewRevision(String id, List<String> revises, List<String> branchLabels, List<String> dependsOn,
        String message, ScriptFormat format, Path directory, ZonedDateTime created, String upgrades,
        String downgrades, String imports) {

    public NewRevision {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }
}
