package org.crosscheck.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Decides which true businesses an agency holds and renders each as a row in the agency's own style.
 * Some businesses are held twice (re-registered, audited twice), the second copy written a little differently.
 */
final class AgencyExtractor {

    private AgencyExtractor() {
    }

    static AgencyTable extract(AgencyLayout layout, List<Business> businesses, Random random) {
        List<Business> chosen = new ArrayList<>();
        for (Business business : businesses) {
            // Draw for every business, even impossible ones, so one agency's tuning never shifts another's picks.
            double roll = random.nextDouble();
            if (roll < layout.coverage.applyAsDouble(business)) {
                chosen.add(business);
            }
        }
        Collections.shuffle(chosen, random);
        List<Business> entries = new ArrayList<>(chosen);
        List<Boolean> isDuplicate = new ArrayList<>(Collections.nCopies(chosen.size(), Boolean.FALSE));
        for (Business business : chosen) {
            if (random.nextInt(100) < layout.duplicatePercent) {
                int at = random.nextInt(entries.size() + 1);
                entries.add(at, business);
                isDuplicate.add(at, Boolean.TRUE);
            }
        }
        List<AgencyTable.Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Business business = entries.get(i);
            String ref = layout.refs.next(business, random);
            RowContext context = new RowContext(business, ref, isDuplicate.get(i), new Random(random.nextLong()));
            List<Object> cells = new ArrayList<>(layout.columns.size());
            for (Column column : layout.columns) {
                cells.add(column.value().apply(context));
            }
            rows.add(new AgencyTable.Row(business.id(), ref, cells));
        }
        return new AgencyTable(layout, rows);
    }
}
