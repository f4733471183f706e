package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Sorted names of the graph (revision ids and branch labels) for partial-id lookup. As in Alembic,
 * only names longer than three characters take part in prefix matches.
 */
final class KeyIndex {

    static final int MIN_PREFIX = 4;

    /** A name that starts with the requested prefix, and the revision it names. */
    record Match(String key, int node) {
    }

    private final String[] keys;
    private final int[] nodes;

    KeyIndex(Map<String, Integer> ids, Map<String, Integer> labels) {
        List<Match> all = new ArrayList<>(ids.size() + labels.size());
        for (Map<String, Integer> names : List.of(ids, labels)) {
            names.forEach((key, node) -> {
                if (key.length() >= MIN_PREFIX) {
                    all.add(new Match(key, node));
                }
            });
        }
        all.sort((a, b) -> a.key().compareTo(b.key()));
        keys = new String[all.size()];
        nodes = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            keys[i] = all.get(i).key();
            nodes[i] = all.get(i).node();
        }
    }

    /** Every name starting with {@code prefix}, sorted. */
    List<Match> startingWith(String prefix) {
        int position = Arrays.binarySearch(keys, prefix);
        if (position < 0) {
            position = -position - 1;
        }
        List<Match> matches = new ArrayList<>();
        while (position < keys.length && keys[position].startsWith(prefix)) {
            matches.add(new Match(keys[position], nodes[position]));
            position++;
        }
        return matches;
    }
}
