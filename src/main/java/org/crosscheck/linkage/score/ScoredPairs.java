package org.crosscheck.linkage.score;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Scored pairs held in parallel primitive arrays, in the order they were added: a million-record run scores tens of
 * millions of candidates, and one {@link ScoredPair} object each (about 40 bytes, plus a reference) would not fit a
 * 4 GB heap; here a pair costs 33 bytes. Growable; not thread-safe (parallel scoring fills one per chunk and
 * {@link #addAll appends} them in order).
 */
public final class ScoredPairs {
    private static final byte AGAINST = 1;
    private static final byte FOR = 2;

    private int[] left;
    private int[] right;
    private long[] vector;
    private double[] weight;
    private double[] probability;
    private byte[] flags;
    private int size;

    public ScoredPairs(int capacity) {
        int n = Math.max(16, capacity);
        left = new int[n];
        right = new int[n];
        vector = new long[n];
        weight = new double[n];
        probability = new double[n];
        flags = new byte[n];
    }

    /** The pairs of a list, in its order. */
    public static ScoredPairs of(List<ScoredPair> pairs) {
        ScoredPairs out = new ScoredPairs(pairs.size());
        pairs.forEach(out::add);
        return out;
    }

    public void add(ScoredPair p) {
        add(p.left(), p.right(), p.vector(), p.weight(), p.probability(), p.strongAgainst(), p.strongFor());
    }

    public void add(int a, int b, long v, double w, double p, boolean strongAgainst, boolean strongFor) {
        if (size == left.length) {
            grow(size + 1);
        }
        left[size] = a;
        right[size] = b;
        vector[size] = v;
        weight[size] = w;
        probability[size] = p;
        flags[size] = (byte) ((strongAgainst ? AGAINST : 0) | (strongFor ? FOR : 0));
        size++;
    }

    /** Appends every pair of {@code other}, in its order. */
    public void addAll(ScoredPairs other) {
        if (size + other.size > left.length) {
            grow(size + other.size);
        }
        System.arraycopy(other.left, 0, left, size, other.size);
        System.arraycopy(other.right, 0, right, size, other.size);
        System.arraycopy(other.vector, 0, vector, size, other.size);
        System.arraycopy(other.weight, 0, weight, size, other.size);
        System.arraycopy(other.probability, 0, probability, size, other.size);
        System.arraycopy(other.flags, 0, flags, size, other.size);
        size += other.size;
    }

    private void grow(int needed) {
        // by half, not double: at tens of millions of pairs the slack of doubling is hundreds of megabytes
        int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, left.length + (left.length >> 1)));
        left = Arrays.copyOf(left, n);
        right = Arrays.copyOf(right, n);
        vector = Arrays.copyOf(vector, n);
        weight = Arrays.copyOf(weight, n);
        probability = Arrays.copyOf(probability, n);
        flags = Arrays.copyOf(flags, n);
    }

    public int size() {
        return size;
    }

    public int left(int i) {
        return left[i];
    }

    public int right(int i) {
        return right[i];
    }

    public long vector(int i) {
        return vector[i];
    }

    /** Match weight in bits. */
    public double weight(int i) {
        return weight[i];
    }

    /** Match probability 0..1. */
    public double probability(int i) {
        return probability[i];
    }

    public boolean isStrongAgainst(int i) {
        return (flags[i] & AGAINST) != 0;
    }

    public boolean isStrongFor(int i) {
        return (flags[i] & FOR) != 0;
    }

    /** Pair {@code i} as an object, for code that reads a few pairs. */
    public ScoredPair get(int i) {
        return new ScoredPair(left[i], right[i], vector[i], weight[i], probability[i], isStrongAgainst(i),
                isStrongFor(i));
    }

    /** A read-only list view whose elements are made on each read. */
    public List<ScoredPair> asList() {
        return new AbstractList<>() {
            @Override
            public ScoredPair get(int i) {
                if (i < 0 || i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                return ScoredPairs.this.get(i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
