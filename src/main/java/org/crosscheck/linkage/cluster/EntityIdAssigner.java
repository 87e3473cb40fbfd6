package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives clusters stable entity ids across relinks and refreshes: each new cluster takes the previous entity id
 * held by most of its records, largest overlaps first, each old id used once; clusters with no claim get new ids.
 * So a business keeps its id while its membership mostly stays, and notes or tasks attached to it survive.
 */
public final class EntityIdAssigner {

    /**
     * @param recordIds      stored record id of each index
     * @param clusterOf      cluster of each index (from {@link Clusterer})
     * @param previousEntity previous entity id by stored record id (records new to this run are absent)
     * @param nextId         first id free for new entities
     * @return entity id of each index
     */
    public long[] assign(long[] recordIds, int[] clusterOf, Map<Long, Long> previousEntity, long nextId) {
        Map<Integer, Map<Long, Integer>> overlaps = new HashMap<>();
        for (int i = 0; i < recordIds.length; i++) {
            Long old = previousEntity.get(recordIds[i]);
            if (old != null) {
                overlaps.computeIfAbsent(clusterOf[i], k -> new HashMap<>()).merge(old, 1, Integer::sum);
            }
        }
        record Claim(int cluster, long oldId, int overlap) {
        }
        List<Claim> claims = new ArrayList<>();
        overlaps.forEach((cluster, byOld) -> byOld.forEach((old, n) -> claims.add(new Claim(cluster, old, n))));
        claims.sort(Comparator.comparingInt(Claim::overlap).reversed().thenComparingLong(Claim::oldId)
                .thenComparingInt(Claim::cluster));
        Map<Integer, Long> idOfCluster = new HashMap<>();
        Set<Long> used = new HashSet<>();
        for (Claim c : claims) {
            if (!idOfCluster.containsKey(c.cluster()) && used.add(c.oldId())) {
                idOfCluster.put(c.cluster(), c.oldId());
            }
        }
        long next = nextId;
        long[] entity = new long[recordIds.length];
        for (int i = 0; i < recordIds.length; i++) {
            Long id = idOfCluster.get(clusterOf[i]);
            if (id == null) {
                id = next++;
                idOfCluster.put(clusterOf[i], id);
            }
            entity[i] = id;
        }
        return entity;
    }
}
