package dev.migrate.cli.output;

import dev.migrate.engine.RevisionView;
import dev.migrate.engine.io.StructuredText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Revisions and plans as the JSON objects of design §6 (snake_case keys). */
public final class RevisionJson {

    private RevisionJson() {
    }

    /** One revision object; {@code withCurrent} adds {@code is_current}. */
    public static Map<String, Object> object(RevisionView r, boolean withCurrent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", r.id());
        json.put("down_revisions", r.header().revises());
        json.put("branch_labels", r.branchLabels());
        json.put("depends_on", r.header().dependsOn());
        json.put("message", r.header().message());
        json.put("path", r.header().source());
        json.put("is_head", r.head());
        json.put("is_base", r.base());
        json.put("is_branch_point", r.branchPoint());
        json.put("is_merge_point", r.mergePoint());
        if (withCurrent) {
            json.put("is_current", r.current());
        }
        return json;
    }

    public static List<Object> array(List<RevisionView> revisions, boolean withCurrent) {
        List<Object> list = new ArrayList<>();
        revisions.forEach(r -> list.add(object(r, withCurrent)));
        return list;
    }

    /** Writes a JSON tree to the command's output. */
    public static void print(Object tree, PrintWriter out) {
        try {
            StructuredText.writeJson(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
