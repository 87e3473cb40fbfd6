package org.crosscheck.linkage.compare;

import org.crosscheck.linkage.StdRecord;

/**
 * Compares the people behind two businesses: owners, directors, licence holders and sole traders named as the
 * business ("Mr S Demir" on the rates, "Stephen Demir" as HMRC's trader, "Ayse Begum" as the food contact), by
 * surname and first initial. Levels: missing; a person in common; people on both sides, none in common.
 */
public final class PersonComparison implements Comparison {
    @Override
    public String name() {
        return "person";
    }

    @Override
    public int levelCount() {
        return 3;
    }

    @Override
    public int level(StdRecord a, StdRecord b) {
        if (a.personKeys().isEmpty() || b.personKeys().isEmpty()) {
            return MISSING;
        }
        return Similarity.anyEqual(a.personKeys(), b.personKeys()) ? 1 : 2;
    }

    @Override
    public java.util.List<String> frequencyValues(StdRecord record) {
        return record.personKeys();
    }

    @Override
    public String exactValue(StdRecord a, StdRecord b) {
        for (String k : a.personKeys()) {
            if (b.personKeys().contains(k)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public boolean isDisagreementLevel(int level) {
        return level == 2;
    }

    @Override
    public String describe(int level) {
        return switch (level) {
            case MISSING -> "no person named on a side";
            case 1 -> "same person (owner, director or contact)";
            default -> "different people named";
        };
    }
}
