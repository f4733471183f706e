package dev.migrate.engine.graph;

import dev.migrate.api.revision.RevisionHeader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks revision headers and turns them into the index arrays of a {@link RevisionGraph},
 * collecting every problem before failing with a {@link RevisionGraphException}.
 */
final class GraphBuilder {

    private static final String ILLEGAL_IN_ID = "@-+:";
    private static final int IDS_LISTED = 12;

    private final List<RevisionHeader> headers;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> index;
    private final Map<String, Integer> labels = new HashMap<>();

    GraphBuilder(List<RevisionHeader> headers) {
        this.headers = List.copyOf(headers);
        this.index = new HashMap<>(this.headers.size() * 4 / 3 + 16);
    }

    RevisionGraph build() {
        for (int node = 0; node < headers.size(); node++) {
            indexId(node);
        }
        for (int node = 0; node < headers.size(); node++) {
            indexLabels(node);
        }
        int[][] parents = new int[headers.size()][];
        int[][] dependencies = new int[headers.size()][];
        for (int node = 0; node < headers.size(); node++) {
            parents[node] = resolveParents(node);
            dependencies[node] = resolveDependencies(node);
        }
        int[] order = checkCycles(parents, dependencies);
        if (!problems.isEmpty()) {
            throw new RevisionGraphException(problems);
        }
        return new RevisionGraph(headers, Collections.unmodifiableMap(index), Collections.unmodifiableMap(labels),
                parents, dependencies, order);
    }

    private void indexId(int node) {
        RevisionHeader header = headers.get(node);
        String id = header.id();
        Integer earlier = index.putIfAbsent(id, node);
        if (earlier != null) {
            problems.add("Revision " + id + " is present more than once" + in(headers.get(earlier), header));
        }
        Set<Character> illegal = Set.of();
        boolean whiteSpace = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (ILLEGAL_IN_ID.indexOf(c) >= 0) {
                if (illegal.isEmpty()) {
                    illegal = new TreeSet<>();
                }
                illegal.add(c);
            } else if (Character.isWhitespace(c)) {
                whiteSpace = true;
            }
        }
        if (id.isEmpty()) {
            problems.add("Revision id is empty" + in(header));
        } else if (!illegal.isEmpty() || whiteSpace) {
            String chars = illegal.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String what = illegal.isEmpty() ? "White space"
                    : "Character(s) '" + chars + "'" + (whiteSpace ? " and white space" : "");
            problems.add(what + " not allowed in revision identifier '" + id + "'" + in(header));
        }
    }

    private void indexLabels(int node) {
        RevisionHeader header = headers.get(node);
        if (header.branchLabels().isEmpty()) {
            return;
        }
        for (String label : new LinkedHashSet<>(header.branchLabels())) {
            if (label.isBlank() || label.contains("@") || label.contains(":") || label.chars().anyMatch(Character::isWhitespace)) {
                problems.add("Branch name '" + label + "' in revision " + header.id()
                        + " must not be empty or contain '@', ':' or white space" + in(header));
                continue;
            }
            Integer revision = index.get(label);
            if (revision != null) {
                problems.add("Branch name '" + label + "' in revision " + header.id()
                        + " is also the id of revision " + label + in(header, headers.get(revision)));
                continue;
            }
            Integer earlier = labels.putIfAbsent(label, node);
            if (earlier != null) {
                problems.add("Branch name '" + label + "' in revision " + header.id()
                        + " already used by revision " + headers.get(earlier).id() + in(header, headers.get(earlier)));
            }
        }
    }

    private int[] resolveParents(int node) {
        RevisionHeader header = headers.get(node);
        if (header.revises().isEmpty()) {
            return Adjacency.NONE;
        }
        IntList parents = new IntList();
        for (String parent : distinct(header.revises())) {
            Integer found = index.get(parent);
            if (parent.equals(header.id())) {
                problems.add("Self-loop is detected in revisions (" + header.id() + ")" + in(header));
            } else if (found == null) {
                problems.add("Revision " + parent + " referenced from " + header.id() + " is not present" + in(header));
            } else if (!parents.contains(found)) {
                parents.add(found);
            }
        }
        return parents.toArray();
    }

    private int[] resolveDependencies(int node) {
        RevisionHeader header = headers.get(node);
        if (header.dependsOn().isEmpty()) {
            return Adjacency.NONE;
        }
        IntList dependencies = new IntList();
        for (String dependency : distinct(header.dependsOn())) {
            Integer found = index.containsKey(dependency) ? index.get(dependency) : labels.get(dependency);
            if (found == null) {
                problems.add("Revision or branch label " + dependency + " in depends_on of " + header.id()
                        + " is not present" + in(header));
            } else if (found == node) {
                problems.add("Dependency self-loop is detected in revisions (" + header.id() + ")" + in(header));
            } else if (!dependencies.contains(found)) {
                dependencies.add(found);
            }
        }
        return dependencies.toArray();
    }

    /** The values without repeats, in order; most lists have one value. */
    private static Collection<String> distinct(List<String> values) {
        return values.size() == 1 ? values : new LinkedHashSet<>(values);
    }

    /** Reports cycles through revises, then those that also need depends_on; returns a parents-first order. */
    private int[] checkCycles(int[][] parents, int[][] dependencies) {
        Cycles versioned = Cycles.of(parents);
        if (!versioned.acyclic()) {
            problems.add("Cycle is detected in revisions (" + ids(versioned.cyclic()) + ")");
        }
        Cycles all = Cycles.of(Adjacency.concat(parents, dependencies));
        BitSet throughDependencies = (BitSet) all.cyclic().clone();
        throughDependencies.andNot(versioned.cyclic());
        if (!throughDependencies.isEmpty()) {
            problems.add("Dependency cycle is detected in revisions (" + ids(throughDependencies) + ")");
        }
        return all.order();
    }

    private String ids(BitSet nodes) {
        List<String> sorted = nodes.stream().mapToObj(node -> headers.get(node).id()).sorted().collect(Collectors.toList());
        if (sorted.size() <= IDS_LISTED) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, IDS_LISTED)) + ", ... " + (sorted.size() - IDS_LISTED) + " more";
    }

    /** " (file, file)" naming where the revisions live, or "" when they have no source. */
    private static String in(RevisionHeader... revisions) {
        Set<String> sources = new LinkedHashSet<>();
        for (RevisionHeader revision : revisions) {
            if (!revision.source().isBlank()) {
                sources.add(revision.source());
            }
        }
        return sources.isEmpty() ? "" : " (" + String.join(", ", sources) + ")";
    }
}
