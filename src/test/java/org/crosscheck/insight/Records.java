package org.crosscheck.insight;

import java.time.LocalDate;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.picture.ProfileRecord;

/** Builds profile records for tests: only what a test names differs from a plain register entry. */
public final class Records {
    private static long nextId = 1;

    private Records() {
    }

    public static ProfileRecord plain(long entity, AgencyKind agency, String name) {
        return new ProfileRecord(entity, nextId++, agency.label() + " file", agency, name, null, null,
                "12 The Broadway, Brackford", "BK1 2AB", null, null, null, null, RiskBand.UNKNOWN, null, null, null, null,
                null);
    }

    public static ProfileRecord risk(long entity, AgencyKind agency, String name, RiskBand band) {
        ProfileRecord p = plain(entity, agency, name);
        return new ProfileRecord(p.entityId(), p.recordId(), p.sourceName(), agency, name, null, null, p.address(),
                p.postcode(), null, null, null, null, band, band.name(), null, null, null, null);
    }

    public static ProfileRecord flagged(long entity, AgencyKind agency, String name, String flag) {
        ProfileRecord p = plain(entity, agency, name);
        return new ProfileRecord(p.entityId(), p.recordId(), p.sourceName(), agency, name, null, null, p.address(),
                p.postcode(), null, null, null, null, RiskBand.UNKNOWN, null, flag, null, null, null);
    }

    public static ProfileRecord visited(long entity, AgencyKind agency, String name, LocalDate when) {
        ProfileRecord p = plain(entity, agency, name);
        return new ProfileRecord(p.entityId(), p.recordId(), p.sourceName(), agency, name, null, null, p.address(),
                p.postcode(), null, null, null, null, RiskBand.UNKNOWN, null, null, null, null, when);
    }
}
