package dev.migrate.api.revision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revision script declares about itself: its id, the revisions it revises, its branch
 * labels and cross-branch dependencies, and its message. Read from the script header without
 * running or compiling the script.
 *
 * @param id the revision id; never contains {@code @ - + :} or white space
 * @param revises the parent revisions in declared order: empty for a base, two or more for a merge
 * @param dependsOn revisions (or branch labels) that must be applied first, without merging
 * @param branchLabels labels this script declares (inherited labels come from the graph)
 * @param message one-line description
 * @param created creation timestamp as written in the script, if any
 * @param source where the script lives (file path), or a description for in-memory revisions
 */
public record RevisionHeader(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
        String message, Optional<String> created, String source) {

    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        created = created == null ? Optional.empty() : created;
        source = source == null ? "" : source;
    }

    /** A header with only an id and parents, for tests and generated graphs. */
    public static RevisionHeader of(String id, String... revises) {
        return new RevisionHeader(id, List.of(revises), List.of(), List.of(), "", Optional.empty(), "");
    }

    public RevisionHeader withDependsOn(String... ids) {
        return new RevisionHeader(id, revises, List.of(ids), branchLabels, message, created, source);
    }

    public RevisionHeader withBranchLabels(String... labels) {
        return new RevisionHeader(id, revises, dependsOn, List.of(labels), message, created, source);
    }

    public RevisionHeader withMessage(String text) {
        return new RevisionHeader(id, revises, dependsOn, branchLabels, text, created, source);
    }

    /** Whether this revision revises nothing (a base of the graph). */
    public boolean isBase() {
        return revises.isEmpty();
    }

    /** Whether this revision revises two or more revisions (a merge point). */
    public boolean isMerge() {
        return revises.size() > 1;
    }
}
