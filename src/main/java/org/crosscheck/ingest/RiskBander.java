package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.ingest.mapping.RiskScaleDefaults;

/**
 * Bands raw risk values with the source's confirmed scale; a value the scale has never seen (a new rating the
 * agency started using) gets its kind's default band, and is added to the scale saved with the import so the
 * analyst can see and correct it. One per import; not thread-safe.
 */
final class RiskBander {
    private final AgencyKind kind;
    private final RiskScale confirmed;
    private final Map<String, RiskBand> learned = new LinkedHashMap<>();

    RiskBander(AgencyKind kind, RiskScale confirmed) {
        this.kind = kind;
        this.confirmed = confirmed;
    }

    RiskBand bandFor(String raw) {
        if (raw == null || raw.isBlank()) {
            return RiskBand.UNKNOWN;
        }
        if (confirmed.covers(raw)) {
            return confirmed.bandFor(raw);
        }
        String key = RiskScale.normalise(raw);
        RiskBand known = learned.get(key);
        if (known != null) {
            return known;
        }
        List<String> values = new ArrayList<>(confirmed.bands().keySet());
        values.addAll(learned.keySet());
        values.add(raw);
        RiskBand band = RiskScaleDefaults.forValues(kind, values).bandFor(raw);
        learned.put(key, band);
        return band;
    }

    /** The confirmed scale plus the defaults given to values it lacked. */
    RiskScale scaleSoFar() {
        return confirmed.withFallback(new RiskScale(learned));
    }
}
