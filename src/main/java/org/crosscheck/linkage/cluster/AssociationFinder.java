package org.crosscheck.linkage.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.crosscheck.linkage.StdRecord;

/**
 * Finds businesses linked by a shared mobile, contact name or company number (networks, phoenix companies).
 * A value shared by more than {@code maxShared} businesses (an accountant's number, "John Smith") says little
 * and is left out.
 */
public final class AssociationFinder {
    private final int maxShared;

    public AssociationFinder(int maxShared) {
        this.maxShared = maxShared;
    }

    public List<Association> find(List<StdRecord> records, long[] entityOf) {
        List<Association> out = new ArrayList<>();
        collect(records, entityOf, Association.Kind.SHARED_MOBILE, StdRecord::mobiles, out);
        collect(records, entityOf, Association.Kind.SHARED_CONTACT, StdRecord::contacts, out);
        collect(records, entityOf, Association.Kind.SHARED_COMPANY,
                r -> r.companyNumber() == null ? List.of() : List.of(r.companyNumber()), out);
        return out;
    }

    private void collect(List<StdRecord> records, long[] entityOf, Association.Kind kind,
                         Function<StdRecord, List<String>> values, List<Association> out) {
        Map<String, TreeSet<Long>> entitiesByValue = new HashMap<>();
        for (StdRecord r : records) {
            for (String v : values.apply(r)) {
                entitiesByValue.computeIfAbsent(v, k -> new TreeSet<>()).add(entityOf[r.index()]);
            }
        }
        entitiesByValue.forEach((value, entities) -> {
            if (entities.size() < 2 || entities.size() > maxShared) {
                return;
            }
            List<Long> ids = new ArrayList<>(entities);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    out.add(new Association(ids.get(i), ids.get(j), kind, value));
                }
            }
        });
    }
}
