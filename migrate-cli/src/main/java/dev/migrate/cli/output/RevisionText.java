package dev.migrate.cli.output;

import dev.migrate.api.revision.RevisionHeader;
import dev.migrate.engine.RevisionView;
import java.util.List;

/** Revisions as text, in the line and log-entry forms Alembic users know. */
public final class RevisionText {

    private RevisionText() {
    }

    /** {@code <parents> -> id (labels) (head) (current) (branchpoint) (mergepoint), message} as {@code history} prints it. */
    public static String historyLine(RevisionView r) {
        return appendHistoryLine(new StringBuilder(96), r).toString();
    }

    /**
     * Appends {@link #historyLine}: one builder for a whole listing, since a history of thousands of
     * revisions is formatted by a JVM that has not compiled anything yet.
     */
    public static StringBuilder appendHistoryLine(StringBuilder line, RevisionView r) {
        RevisionHeader h = r.header();
        appendJoined(line, h.revises(), "<base>");
        if (!h.dependsOn().isEmpty()) {
            appendJoined(line.append(" ("), h.dependsOn(), "").append(')');
        }
        line.append(" -> ").append(r.id());
        if (!r.branchLabels().isEmpty()) {
            appendJoined(line.append(" ("), r.branchLabels(), "").append(')');
        }
        if (r.head() && !r.effectiveHead()) {
            line.append(" (head)");
        }
        if (r.effectiveHead()) {
            line.append(" (effective head)");
        }
        if (r.current()) {
            line.append(" (current)");
        }
        if (r.branchPoint()) {
            line.append(" (branchpoint)");
        }
        if (r.mergePoint()) {
            line.append(" (mergepoint)");
        }
        return line.append(", ").append(h.message());
    }

    private static StringBuilder appendJoined(StringBuilder line, List<String> values, String whenEmpty) {
        if (values.isEmpty()) {
            return line.append(whenEmpty);
        }
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(", ");
            }
            line.append(values.get(i));
        }
        return line;
    }

    /** {@code id (labels) (head)} as {@code heads} prints it. */
    public static String headLine(RevisionView r) {
        return r.id() + labels(r) + headMarkers(r);
    }

    /** {@code id (labels) (head) (branchpoint)} as {@code branches} prints it. */
    public static String branchLine(RevisionView r) {
        return r.id() + labels(r) + headMarkers(r) + treeMarkers(r);
    }

    /** {@code id (head) (branchpoint)} as {@code current} prints it. */
    public static String currentLine(RevisionView r) {
        // Every line of 'current' is current, so Alembic leaves the marker out.
        return r.id() + (r.head() && !r.effectiveHead() ? " (head)" : "") + (r.effectiveHead() ? " (effective head)" : "")
                + treeMarkers(r);
    }

    /** The multi-line entry of {@code show} and the verbose listings. */
    public static String logEntry(RevisionView r) {
        RevisionHeader h = r.header();
        StringBuilder entry = new StringBuilder("Rev: ").append(r.id())
                .append(r.head() ? " (head)" : "").append(r.branchPoint() ? " (branchpoint)" : "")
                .append(r.mergePoint() ? " (mergepoint)" : "").append(r.current() ? " (current)" : "").append('\n');
        entry.append(r.mergePoint() ? "Merges: " : "Parent: ")
                .append(h.revises().isEmpty() ? "<base>" : String.join(", ", h.revises())).append('\n');
        if (!h.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", h.dependsOn())).append('\n');
        }
        if (r.branchPoint()) {
            entry.append("Branches into: ").append(String.join(", ", r.children())).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", r.branchLabels())).append('\n');
        }
        entry.append("Path: ").append(h.source()).append('\n').append('\n');
        for (String line : h.message().split("\\R", -1)) {
            entry.append("    ").append(line).append('\n');
        }
        entry.append('\n');
        entry.append("    Revision ID: ").append(r.id()).append('\n');
        entry.append(("    Revises: " + String.join(", ", h.revises())).stripTrailing()).append('\n');
        h.created().ifPresent(c -> entry.append("    Create Date: ").append(c).append('\n'));
        return entry.toString();
    }

    private static String parents(RevisionHeader h) {
        String parents = h.revises().isEmpty() ? "<base>" : String.join(", ", h.revises());
        return h.dependsOn().isEmpty() ? parents : parents + " (" + String.join(", ", h.dependsOn()) + ")";
    }

    private static String labels(RevisionView r) {
        return r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
    }

    private static String headMarkers(RevisionView r) {
        return (r.head() && !r.effectiveHead() ? " (head)" : "") + (r.effectiveHead() ? " (effective head)" : "")
                + (r.current() ? " (current)" : "");
    }

    private static String treeMarkers(RevisionView r) {
        return (r.branchPoint() ? " (branchpoint)" : "") + (r.mergePoint() ? " (mergepoint)" : "");
    }

    /** Joins lines for output. */
    public static String lines(List<String> lines) {
        return String.join(System.lineSeparator(), lines);
    }
}
