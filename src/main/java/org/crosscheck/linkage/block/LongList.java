package org.crosscheck.linkage.block;

import java.util.Arrays;

/** A growable array of primitive longs: candidate pairs packed as (left index << 32 | right index). Not thread-safe. */
public final class LongList {
    private long[] values;
    private int size;

    public LongList(int capacity) {
        values = new long[Math.max(16, capacity)];
    }

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L));
        }
        values[size++] = value;
    }

    public void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return values[i];
    }

    /** Sorts and removes repeats, in place. */
    public void sortDistinct() {
        Arrays.parallelSort(values, 0, size);
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (out == 0 || values[i] != values[out - 1]) {
                values[out++] = values[i];
            }
        }
        size = out;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Packs a pair of record indexes, the lower first. */
    public static long pair(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    public static int left(long pair) {
        return (int) (pair >>> 32);
    }

    public static int right(long pair) {
        return (int) pair;
    }
}
