package org.crosscheck.export.pack;

import java.time.LocalDateTime;
import java.util.List;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitOutcome;
import org.crosscheck.export.chart.ChartData;
import org.crosscheck.insight.PictureSummary;

/**
 * Everything one tasking pack or set of briefing sheets shows, already filtered by the recipient's sharing rules:
 * the writers only lay it out.
 *
 * @param scope a few words on what the pack covers ("week of 2026-11-23", "all visits", "business 42")
 */
public record TaskingPack(Recipient recipient, LocalDateTime generatedAt, String generatedBy, String scope,
                          PictureSummary summary, ChartData charts, List<PackItem> items, List<Referral> referrals,
                          List<Visit> visits, List<VisitOutcome> outcomes, List<GoldenIndicator> indicators) {
    public TaskingPack {
        items = List.copyOf(items);
        referrals = List.copyOf(referrals);
        visits = List.copyOf(visits);
        outcomes = List.copyOf(outcomes);
        indicators = List.copyOf(indicators);
    }

    /** Agency records withheld from the recipient over every business of the pack. */
    public int withheldRecords() {
        return items.stream().mapToInt(i -> i.business().withheldRecords()).sum();
    }
}
