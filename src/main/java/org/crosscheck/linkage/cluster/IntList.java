package org.crosscheck.linkage.cluster;

import java.util.Arrays;

/** A growable array of primitive ints (record indexes, pair positions), without boxing. Not thread-safe. */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        values = new int[Math.max(2, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    void addAll(IntList other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, values.length + (values.length >> 1)));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }
}
