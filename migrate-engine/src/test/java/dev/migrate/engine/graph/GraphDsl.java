package dev.migrate.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.api.MigrateException;
import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * A graph written as lines, one revision per line in load order:
 * {@code "c<-a,b dep:x,y label:l1,l2 src:path/c.java"}. The id comes first, with its parents after
 * {@code <-}; the source defaults to {@code <id>.java}.
 */
public final class GraphDsl {

    private GraphDsl() {
    }

    public static RevisionGraph graph(String... lines) {
        return RevisionGraph.of(headers(lines));
    }

    public static List<RevisionHeader> headers(String... lines) {
        return Arrays.stream(lines).map(GraphDsl::revision).toList();
    }

    public static RevisionHeader revision(String line) {
        String[] tokens = line.trim().split("\\s+");
        String[] idAndParents = tokens[0].split("<-", 2);
        String id = idAndParents[0];
        List<String> parents = idAndParents.length == 1 ? List.of() : list(idAndParents[1]);
        List<String> deps = List.of();
        List<String> labels = List.of();
        String source = id + ".java";
        for (String token : Arrays.copyOfRange(tokens, 1, tokens.length)) {
            if (token.startsWith("dep:")) {
                deps = list(token.substring(4));
            } else if (token.startsWith("label:")) {
                labels = list(token.substring(6));
            } else if (token.startsWith("src:")) {
                source = token.substring(4);
            } else {
                throw new IllegalArgumentException("Unknown token '" + token + "' in '" + line + "'");
            }
        }
        return new RevisionHeader(id, parents, deps, labels, "", Optional.empty(), source);
    }

    public static void assertHeads(RevisionGraph graph, String... expected) {
        assertEquals(List.of(expected), ids(graph.heads()), "heads");
    }

    public static List<String> ids(Collection<RevisionHeader> revisions) {
        List<String> ids = new ArrayList<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }

    /** Asserts that {@code action} fails with a {@link MigrateException} of kind REVISION and exactly this message. */
    public static MigrateException assertRefused(String message, Executable action) {
        MigrateException error = assertThrows(MigrateException.class, action);
        assertEquals(message, error.getMessage());
        assertEquals(MigrateException.Kind.REVISION, error.kind());
        return error;
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
