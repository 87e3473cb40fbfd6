package org.crosscheck.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.StoredRecord;

/**
 * The sample partnership's agency records straight into memory, as an import of its files with the true mapping
 * would store them, without writing or reading any file. For benchmarks of the linkage engine at sizes whose files
 * would take longer to write and import than to link (a million records).
 */
public final class SampleRecords {
    private SampleRecords() {
    }

    /**
     * @param businessCount true businesses in the town, at least 100
     * @param seed          random seed; the same seed gives the same records as {@link SamplePartnership#write}
     * @return every agency's records, agency by agency in file order, with ids from 1
     */
    public static List<StoredRecord> generate(int businessCount, long seed) {
        return generateWithTruth(businessCount, seed).records();
    }

    /**
     * The records with the generator's truth beside them.
     *
     * @param records    as {@link #generate}
     * @param businessOf the true business of each record, by record id
     */
    public record WithTruth(List<StoredRecord> records, Map<Long, String> businessOf) {
    }

    /** As {@link #generate}, keeping which true business each record is, so a benchmark can score the linkage. */
    public static WithTruth generateWithTruth(int businessCount, long seed) {
        if (businessCount < 100) {
            throw new IllegalArgumentException("businessCount must be at least 100, was " + businessCount);
        }
        BusinessFactory.Population population = new BusinessFactory(new Random(seed),
                BusinessFactory.townScaleFor(businessCount)).create(businessCount);
        List<AgencyLayout> layouts = AgencyCatalogue.all();
        List<StoredRecord> out = new ArrayList<>();
        Map<Long, String> businessOf = new HashMap<>();
        long id = 1;
        for (int i = 0; i < layouts.size(); i++) {
            AgencyLayout layout = layouts.get(i);
            // the same per-agency stream as the files get, so the records are those the files would hold
            Random random = new Random(seed * 1_000_003L + 7_919L * (i + 1));
            AgencyTable table = AgencyExtractor.extract(layout, population.businesses(), random);
            int row = 0;
            for (AgencyTable.Row r : table.rows()) {
                Map<CanonicalField, String> values = values(layout, r);
                String key = r.ref() != null ? "ref:" + r.ref() : "row:" + i + ":" + row;
                businessOf.put(id, r.businessId());
                out.add(new StoredRecord(id++, i + 1, layout.kind, key, Integer.toHexString(values.hashCode()),
                        values));
                row++;
            }
        }
        return new WithTruth(out, businessOf);
    }

    /** Mapped cells as text; several columns of one field (address lines, phones) are joined as import joins them. */
    private static Map<CanonicalField, String> values(AgencyLayout layout, AgencyTable.Row row) {
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        for (int c = 0; c < layout.columns.size(); c++) {
            CanonicalField field = layout.columns.get(c).field();
            Object cell = row.cells().get(c);
            if (field == null || cell == null || CanonicalField.DATES.contains(field)) {
                continue;
            }
            String text = cell instanceof LocalDate d ? d.toString() : cell.toString().trim();
            if (text.isEmpty()) {
                continue;
            }
            String joiner = field == CanonicalField.PHONE ? "; " : ", ";
            values.merge(field, text, (a, b) -> a + joiner + b);
        }
        return values;
    }
}
