package org.crosscheck.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each standardised value a run's records hold. Records of one postcode, street or name then share
 * a String: a million records hold some 70,000 postcodes, not a million copies, and the comparisons that read them
 * tens of millions of times find them in the processor's cache. Values stay equal to what they were, so nothing a
 * comparison decides can change. Thread-safe.
 */
final class SharedValues {
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    /** The record with each of its values replaced by the shared instance of that value. */
    StdRecord share(StdRecord r) {
        return new StdRecord(r.index(), r.id(), r.sourceId(), share(r.names()), share(r.nameKey()),
                share(r.subBuilding()), share(r.houseNumber()), share(r.street()), share(r.town()),
                share(r.postcode()), share(r.postcodeSector()), share(r.postcodeDistrict()), share(r.phones()),
                share(r.mobiles()), share(r.companyNumber()), share(r.uprn()), share(r.contacts()),
                share(r.personKeys()), share(r.email()), r.legalNameOnly(), share(r.registeredNames()),
                r.trades());
    }

    private String share(String value) {
        if (value == null) {
            return null;
        }
        String shared = values.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    private List<String> share(List<String> list) {
        if (list.isEmpty()) {
            return list;
        }
        List<String> out = new ArrayList<>(list.size());
        for (String v : list) {
            out.add(share(v));
        }
        return List.copyOf(out);
    }
}
