package dev.migrate.engine.scaffold;

import dev.migrate.engine.config.ScriptFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate revision} (or {@code merge}) was asked to write.
 *
 * @param message one-line description
 * @param heads what the new revision revises: {@code head} (the default), {@code base} for a new
 *     root, or revisions; for a merge, two or more
 * @param splice allow revising a revision that is not a head (starts a new branch)
 * @param branchLabels labels for the new revision
 * @param dependsOn revisions or labels the new revision depends on
 * @param revisionId an explicit id instead of a generated one
 * @param versionPath the version location to write into
 * @param format the file format; empty means the configured default
 */
public record RevisionRequest(String message, List<String> heads, boolean splice, List<String> branchLabels,
        List<String> dependsOn, Optional<String> revisionId, Optional<Path> versionPath, Optional<ScriptFormat> format) {

    public RevisionRequest {
        heads = List.copyOf(heads);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A plain {@code revision -m MESSAGE} on the single head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, List.of("head"), false, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
