package dev.migrate.engine.graph;

import dev.migrate.api.MigrateException;
import java.util.List;

/** The identifier errors users see: one line naming the argument, the candidates and the fix. */
final class Errors {

    private static final int CANDIDATES_LISTED = 5;

    private Errors() {
    }

    static MigrateException unknownRow(String row) {
        return error("The database is at revision '" + row + "', which the revision scripts do not have. "
                + "Restore the missing script, or run 'migrate stamp --purge <revision>' to reset the version table.");
    }

    static MigrateException multipleHeads(String argument, List<String> heads) {
        String label = argument.contains("@") ? argument.substring(0, argument.indexOf('@')) : null;
        String use = label == null ? "Use 'heads', '<label>@head', or run 'migrate merge'."
                : "Use '" + label + "@heads', '<label>@head' with a narrower label, or run 'migrate merge'.";
        return error("Multiple heads for '" + argument + "': " + String.join(", ", heads) + ". " + use);
    }

    static MigrateException ambiguousPrefix(String prefix, List<String> candidates) {
        return error("Revision prefix '" + prefix + "' is ambiguous: " + listed(candidates) + ". Give more characters.");
    }

    static MigrateException shortPrefix(String symbol) {
        return error("No revision or branch label '" + symbol + "'; a partial revision id needs at least "
                + KeyIndex.MIN_PREFIX + " characters. Run 'migrate history' to list revisions.");
    }

    static MigrateException unknown(String symbol) {
        return error("No revision or branch label '" + symbol + "'. Run 'migrate history' to list revisions.");
    }

    static MigrateException noSuchBranch(String branch) {
        return error("No such branch: '" + branch + "'. Put a branch label or revision id before '@'.");
    }

    static MigrateException notMember(String revision, String branch) {
        return error("Revision " + revision + " is not a member of branch '" + branch + "'. "
                + "Drop '" + branch + "@' or name a revision on that branch.");
    }

    static MigrateException pastEnd(String text, String from, boolean upward, int available) {
        return error("Relative revision " + text + " from " + from + " walks past the " + (upward ? "head" : "base")
                + ": only " + available + " step(s) available.");
    }

    static MigrateException ambiguousMerge(String text, String from, String merge, List<String> parents) {
        return error("Relative revision " + text + " from " + from + " is ambiguous: '" + merge + "' merges "
                + String.join(", ", parents) + ". Name the revision instead, e.g. '" + parents.get(0) + "' or '"
                + merge + "@" + parents.get(0) + "'.");
    }

    static MigrateException ambiguousBranchPoint(String text, String from, String point, List<String> children) {
        return error("Relative revision " + text + " from " + from + " is ambiguous: '" + point + "' branches into "
                + String.join(", ", children) + ". Name the revision instead, e.g. '" + children.get(0)
                + "', or use '<label>@" + text + "'.");
    }

    static MigrateException ambiguousBases(String text, List<String> bases) {
        return error("Relative revision " + text + " from base is ambiguous: there are several bases: "
                + String.join(", ", bases) + ". Name the revision instead, e.g. '" + bases.get(0)
                + "', or use '<label>@" + text + "'.");
    }

    static MigrateException ambiguousCurrent(String text, List<String> rows) {
        return error("Relative revision " + text + " is ambiguous with several current revisions: "
                + String.join(", ", rows) + ". Use '<label>@" + text + "' or '<revision>" + text + "', e.g. '"
                + rows.get(0) + text + "'.");
    }

    static MigrateException nothingApplied(String text) {
        return error("Relative revision " + text + " walks past the base: no revision is applied.");
    }

    static MigrateException branchNotApplied(String text, String branch) {
        return error("Relative revision " + branch + "@" + text + " finds no current revision on branch '"
                + branch + "'. Run 'migrate current' to see what is applied.");
    }

    static MigrateException downwardInUpgrade(String target) {
        return error("Relative revision " + target + " moves down; upgrade needs '+N' or a revision. "
                + "Use 'migrate downgrade " + target + "' to go down.");
    }

    static MigrateException upwardInDowngrade(String target) {
        return error("Relative revision " + target + " moves up; downgrade needs '-N' or a revision. "
                + "Use 'migrate upgrade " + target + "' to go up.");
    }

    static MigrateException error(String message) {
        return new MigrateException(MigrateException.Kind.REVISION, message);
    }

    /** Up to five candidates, then how many more. */
    static String listed(List<String> candidates) {
        if (candidates.size() <= CANDIDATES_LISTED) {
            return String.join(", ", candidates);
        }
        return String.join(", ", candidates.subList(0, CANDIDATES_LISTED)) + " (and "
                + (candidates.size() - CANDIDATES_LISTED) + " more)";
    }
}
