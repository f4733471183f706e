package dev.migrate.engine.graph;

import java.util.Arrays;

/** Growable list of {@code int}s, for index arrays built in one pass. */
final class IntList {

    private int[] values = new int[8];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int position) {
        return values[position];
    }

    void set(int position, int value) {
        values[position] = value;
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int[] toArray() {
        return size == 0 ? Adjacency.NONE : Arrays.copyOf(values, size);
    }
}
