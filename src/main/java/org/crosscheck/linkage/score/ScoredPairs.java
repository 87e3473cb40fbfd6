package org.crosscheck.linkage.score;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scored pairs held in primitive arrays, in the order they were added: a million-record run keeps tens of millions
 * of scored pairs, and one {@link ScoredPair} object each (about 40 bytes, plus a reference) would not fit a 4 GB
 * heap; here a pair costs 33 bytes. The arrays come in segments of at most {@value #SEGMENT} pairs, so the store
 * grows without copying what it holds and {@link #addAll} adopts another store's segments: parallel scoring fills
 * one store per chunk and joins them in order without ever holding the pairs twice. Not thread-safe, not even
 * for reading (see {@link #locate}).
 */
public final class ScoredPairs {
    static final int SEGMENT = 1 << 16;
    private static final byte AGAINST = 1;
    private static final byte FOR = 2;

    private final List<Segment> segments = new ArrayList<>();
    /** starts[s]: index of segment s's first pair. */
    private int[] starts = new int[16];
    private int size;
    /** The segment of the pair read last: a cache, which is why even reading is not thread-safe. */
    private int lastSegment;

    public ScoredPairs() {
    }

    /** The pairs of a list, in its order. */
    public static ScoredPairs of(List<ScoredPair> pairs) {
        ScoredPairs out = new ScoredPairs();
        pairs.forEach(out::add);
        return out;
    }

    public void add(ScoredPair p) {
        add(p.left(), p.right(), p.vector(), p.weight(), p.probability(), p.strongAgainst(), p.strongFor());
    }

    public void add(int a, int b, long v, double w, double p, boolean strongAgainst, boolean strongFor) {
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last == null || last.size == SEGMENT) {
            last = new Segment(1024);
            append(last);
        }
        last.add(a, b, v, w, p, (byte) ((strongAgainst ? AGAINST : 0) | (strongFor ? FOR : 0)));
        size++;
    }

    /** Appends every pair of {@code other}, in its order, taking over its arrays; {@code other} is left empty. */
    public void addAll(ScoredPairs other) {
        for (Segment s : other.segments) {
            if (s.size > 0) {
                s.trim();
                append(s);
                size += s.size;
            }
        }
        other.segments.clear();
        other.size = 0;
    }

    private void append(Segment s) {
        if (segments.size() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[segments.size()] = size;
        segments.add(s);
    }

    public int size() {
        return size;
    }

    private Segment segment(int i) {
        locate(i);
        return segments.get(lastSegment);
    }

    private int offset(int i) {
        locate(i);
        return i - starts[lastSegment];
    }

    /** Points {@code lastSegment} at pair i's segment; reading in order finds it without a search. */
    private void locate(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int s = lastSegment;
        if (s < segments.size() && i >= starts[s] && i - starts[s] < segments.get(s).size) {
            return;
        }
        int found = Arrays.binarySearch(starts, 0, segments.size(), i);
        lastSegment = found >= 0 ? found : -found - 2;
    }

    public int left(int i) {
        return segment(i).left[offset(i)];
    }

    public int right(int i) {
        return segment(i).right[offset(i)];
    }

    public long vector(int i) {
        return segment(i).vector[offset(i)];
    }

    /** Match weight in bits. */
    public double weight(int i) {
        return segment(i).weight[offset(i)];
    }

    /** Match probability 0..1. */
    public double probability(int i) {
        return segment(i).probability[offset(i)];
    }

    public boolean isStrongAgainst(int i) {
        return (segment(i).flags[offset(i)] & AGAINST) != 0;
    }

    public boolean isStrongFor(int i) {
        return (segment(i).flags[offset(i)] & FOR) != 0;
    }

    /** Pair {@code i} as an object, for code that reads pairs one at a time. */
    public ScoredPair get(int i) {
        Segment s = segment(i);
        int k = offset(i);
        return new ScoredPair(s.left[k], s.right[k], s.vector[k], s.weight[k], s.probability[k],
                (s.flags[k] & AGAINST) != 0, (s.flags[k] & FOR) != 0);
    }

    /** A read-only list view whose elements are made on each read. */
    public List<ScoredPair> asList() {
        return new AbstractList<>() {
            @Override
            public ScoredPair get(int i) {
                return ScoredPairs.this.get(i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Up to {@value #SEGMENT} pairs in parallel arrays. */
    private static final class Segment {
        private int[] left;
        private int[] right;
        private long[] vector;
        private double[] weight;
        private double[] probability;
        private byte[] flags;
        private int size;

        Segment(int capacity) {
            resize(capacity);
        }

        void add(int a, int b, long v, double w, double p, byte f) {
            if (size == left.length) {
                resize(Math.min(SEGMENT, size * 2));
            }
            left[size] = a;
            right[size] = b;
            vector[size] = v;
            weight[size] = w;
            probability[size] = p;
            flags[size] = f;
            size++;
        }

        void trim() {
            if (size < left.length) {
                resize(size);
            }
        }

        private void resize(int n) {
            left = left == null ? new int[n] : Arrays.copyOf(left, n);
            right = right == null ? new int[n] : Arrays.copyOf(right, n);
            vector = vector == null ? new long[n] : Arrays.copyOf(vector, n);
            weight = weight == null ? new double[n] : Arrays.copyOf(weight, n);
            probability = probability == null ? new double[n] : Arrays.copyOf(probability, n);
            flags = flags == null ? new byte[n] : Arrays.copyOf(flags, n);
        }
    }
}
