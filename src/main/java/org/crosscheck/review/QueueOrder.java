package org.crosscheck.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.domain.RecordKey;
import org.crosscheck.domain.Verdict;

/**
 * The order of the checks beyond what was decided before: the pairs whose decision does most good first. Pure:
 * it reads only the pairs, each record's business and source, and the verdicts given so far. Not thread-safe.
 */
final class QueueOrder {
    /**
     * Bits of a link's second-strongest agreement from which it rests on two independent fields (a name and an
     * address, a name and a phone). Measured on the sample partnership: 21 of 1,406 such links were wrong, against
     * 41 of 933 links resting on one field.
     */
    static final double CORROBORATED_BITS = 6;

    private static final Comparator<QueuedPair> ACROSS_SOURCES_FIRST =
            Comparator.comparingInt(q -> q.isAcrossSources() ? 0 : 1);
    private static final Comparator<QueuedPair> BY_IDS = Comparator.<QueuedPair>comparingLong(
            q -> q.pair().leftRecordId()).thenComparingLong(q -> q.pair().rightRecordId());

    private final Map<Long, RecordKey> records;
    private final Map<Long, Long> entityOf;
    private final Map<Long, AgencyCount> agencies;

    QueueOrder(Map<Long, RecordKey> records, Map<Long, Long> entityOf) {
        this.records = records;
        this.entityOf = entityOf;
        this.agencies = agencyCounts(records, entityOf);
    }

    /**
     * The review band, then the checks beyond it, in this order: pairs scored as a match that still ended in two
     * businesses (evidence against elsewhere kept them apart), strongest first; automatic links a business's shape
     * rests on that hold one part to another on one field alone, in a business holding two records of one agency
     * first (more often two businesses wrongly joined), weakest first; for each two businesses kept apart, the pair
     * that came closest to linking them, those that would bring a new agency to a business first, the most
     * records joined first; then the links that two independent fields corroborate; last the near misses that
     * would put two records of one agency in one business (rarely right: 0 of 122 on the sample partnership).
     */
    List<QueuedPair> order(List<QueuedPair> band, List<QueuedPair> keptApart, List<QueuedPair> links,
                           List<QueuedPair> misses, Map<String, Verdict> verdicts) {
        band.sort(ACROSS_SOURCES_FIRST.thenComparingDouble(q -> Math.abs(q.pair().weight())).thenComparing(BY_IDS));
        keptApart.sort(Comparator.<QueuedPair>comparingDouble(q -> -q.pair().weight()).thenComparing(BY_IDS));
        List<QueuedPair> suspectLinks = new ArrayList<>();
        List<QueuedPair> plainLinks = new ArrayList<>();
        List<QueuedPair> corroboratedLinks = new ArrayList<>();
        for (QueuedPair q : holdingLinks(links, verdicts)) {
            if (secondStrongestBits(q.pair().explanation()) >= CORROBORATED_BITS) {
                corroboratedLinks.add(q);
            } else {
                (agencyCountOf(q.pair().leftRecordId()).isRepeated() ? suspectLinks : plainLinks).add(q);
            }
        }
        List<QueuedPair> newAgencyMisses = new ArrayList<>();
        List<QueuedPair> repeatMisses = new ArrayList<>();
        for (QueuedPair q : closestMisses(misses)) {
            AgencyCount a = agencyCountOf(q.pair().leftRecordId());
            AgencyCount b = agencyCountOf(q.pair().rightRecordId());
            (a.isRepeatedWith(b) ? repeatMisses : newAgencyMisses).add(q);
        }
        // pairwise, a record joining a business of n records finds n pairs: the bigger the join, the more it is worth
        newAgencyMisses.sort(ACROSS_SOURCES_FIRST.thenComparingLong(q -> -pairsJoined(q))
                .thenComparingDouble(q -> -q.pair().weight()).thenComparing(BY_IDS));
        repeatMisses.sort(ACROSS_SOURCES_FIRST.thenComparingDouble(q -> -q.pair().weight()).thenComparing(BY_IDS));
        List<QueuedPair> queue = new ArrayList<>(band);
        queue.addAll(keptApart);
        queue.addAll(suspectLinks);
        queue.addAll(plainLinks);
        queue.addAll(newAgencyMisses);
        queue.addAll(corroboratedLinks);
        queue.addAll(repeatMisses);
        return queue;
    }

    /** The second-largest positive weight among a pair's comparisons, from its stored explanation; 0 if none. */
    static double secondStrongestBits(String explanation) {
        double first = 0;
        double second = 0;
        for (String part : explanation.split(";")) {
            int colon = part.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            double bits = Double.parseDouble(part.substring(colon + 1));
            if (bits > first) {
                second = first;
                first = bits;
            } else if (bits > second) {
                second = bits;
            }
        }
        return second;
    }

    private long pairsJoined(QueuedPair q) {
        return (long) agencyCountOf(q.pair().leftRecordId()).records()
                * agencyCountOf(q.pair().rightRecordId()).records();
    }

    private AgencyCount agencyCountOf(long recordId) {
        Long entity = entityOf.get(recordId);
        AgencyCount count = entity == null ? null : agencies.get(entity);
        if (count != null) {
            return count;
        }
        RecordKey key = records.get(recordId);
        return new AgencyCount(1, key == null ? Set.of() : Set.of(key.sourceId()));
    }

    /** How many records a business holds and from which agencies. */
    private record AgencyCount(int records, Set<Integer> sources) {
        boolean isRepeated() {
            return sources.size() < records;
        }

        boolean isRepeatedWith(AgencyCount other) {
            Set<Integer> union = new HashSet<>(sources);
            union.addAll(other.sources);
            return isRepeated() || other.isRepeated() || union.size() < records + other.records;
        }
    }

    private static Map<Long, AgencyCount> agencyCounts(Map<Long, RecordKey> records, Map<Long, Long> entityOf) {
        Map<Long, AgencyCount> counts = new HashMap<>();
        entityOf.forEach((record, entity) -> {
            RecordKey k = records.get(record);
            if (k != null) {
                AgencyCount c = counts.computeIfAbsent(entity, e -> new AgencyCount(0, new HashSet<>()));
                c.sources().add(k.sourceId());
                counts.put(entity, new AgencyCount(c.records() + 1, c.sources()));
            }
        });
        return counts;
    }

    /**
     * The automatic links a business's shape rests on: the links of a spanning forest built strongest first (as
     * the clusterer joins them), after the pairs a person already confirmed. Any other automatic link inside a
     * business only repeats what those say. Returned weakest first.
     */
    private static List<QueuedPair> holdingLinks(List<QueuedPair> links, Map<String, Verdict> verdicts) {
        Map<Long, Long> parent = new HashMap<>();
        for (QueuedPair q : links) {
            if (verdicts.get(q.key()) == Verdict.SAME) {
                union(parent, q.pair().leftRecordId(), q.pair().rightRecordId());
            }
        }
        links.sort(Comparator.<QueuedPair>comparingDouble(q -> -q.pair().weight()).thenComparing(BY_IDS));
        List<QueuedPair> holding = new ArrayList<>();
        for (QueuedPair q : links) {
            if (verdicts.containsKey(q.key()) || union(parent, q.pair().leftRecordId(), q.pair().rightRecordId())) {
                holding.add(q);
            }
        }
        holding.sort(ACROSS_SOURCES_FIRST.thenComparingDouble(q -> q.pair().weight()).thenComparing(BY_IDS));
        return holding;
    }

    /** For each two businesses kept apart, their strongest pair; strongest first. */
    private List<QueuedPair> closestMisses(List<QueuedPair> misses) {
        misses.sort(Comparator.<QueuedPair>comparingDouble(q -> -q.pair().weight()).thenComparing(BY_IDS));
        Set<String> seen = new HashSet<>();
        List<QueuedPair> closest = new ArrayList<>();
        for (QueuedPair q : misses) {
            long a = entityOf.getOrDefault(q.pair().leftRecordId(), -q.pair().leftRecordId());
            long b = entityOf.getOrDefault(q.pair().rightRecordId(), -q.pair().rightRecordId());
            if (seen.add(Math.min(a, b) + ":" + Math.max(a, b))) {
                closest.add(q);
            }
        }
        return closest;
    }

    /** Joins the sets of a and b; true if they were apart. */
    private static boolean union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra == rb) {
            return false;
        }
        parent.put(ra, rb);
        return true;
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        Long up;
        while ((up = parent.get(root)) != null) {
            root = up;
        }
        while (x != root) {
            long next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }
}
