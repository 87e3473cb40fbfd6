package org.crosscheck.linkage.score;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.LocationComparison;
import org.crosscheck.linkage.compare.NameComparison;

/**
 * Scores pairs with the Fellegi-Sunter model: match weight = prior + sum of each comparison's log2(m/u), with
 * term-frequency adjusted exact levels, plus the hard rules. Thread-safe.
 */
public final class Scorer {
    /** Bits added by a hard rule: enough to outweigh any ordinary combination of agreements. */
    public static final double HARD_RULE_BITS = 15;

    private final List<Comparison> comparisons;
    private final FellegiSunterModel model;
    private final TermFrequencies frequencies;
    private final int company;
    private final int premises;
    private final int name;
    private final int source;
    /** model.weight(c, level), worked out once: a million-record run asks for it some 300 million times. */
    private final double[][] levelBits;
    private final double priorBits;

    public Scorer(List<Comparison> comparisons, FellegiSunterModel model, TermFrequencies frequencies) {
        this.comparisons = comparisons;
        this.model = model;
        this.frequencies = frequencies;
        this.company = indexOf("company");
        this.premises = indexOf("location");
        this.name = indexOf("name");
        this.source = indexOf("source");
        this.levelBits = new double[model.m().length][];
        for (int c = 0; c < levelBits.length; c++) {
            levelBits[c] = new double[model.m()[c].length];
            for (int level = 0; level < levelBits[c].length; level++) {
                levelBits[c][level] = model.weight(c, level);
            }
        }
        this.priorBits = model.priorWeight();
    }

    private int indexOf(String comparisonName) {
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c).name().equals(comparisonName)) {
                return c;
            }
        }
        return -1;
    }

    public ScoredPair score(StdRecord a, StdRecord b, long vector) {
        double weight = priorBits;
        for (int c = 0; c < comparisons.size(); c++) {
            weight += partialWeight(c, a, b, vector);
        }
        boolean against = isStrongAgainst(vector);
        boolean forIt = isStrongFor(a, b, vector);
        if (against) {
            weight -= HARD_RULE_BITS;
        } else if (forIt) {
            weight += HARD_RULE_BITS;
        }
        return new ScoredPair(a.index(), b.index(), vector, weight, FellegiSunterModel.probability(weight), against,
                forIt);
    }

    /** One comparison's contribution in bits. */
    public double partialWeight(int c, StdRecord a, StdRecord b, long vector) {
        int level = ComparisonVector.level(vector, c);
        Comparison comparison = comparisons.get(c);
        if (level == Comparison.MISSING || comparison.isNeutralLevel(level)) {
            return 0;
        }
        double bits = levelBits[c][level];
        if (comparison.isExactLevel(level)) {
            // a common value (a chain's name, a market hall) is weaker evidence than the level's average; a rare
            // one is not made stronger than the average, whose u already excludes the record's own business
            int table = comparison.frequencyTable(level);
            double f = comparison.sharesOwnValue(level) ? frequencies.ownFrequency(c, table, a.index()) : Double.NaN;
            if (Double.isNaN(f)) {
                f = frequencies.frequency(c, table, comparison.exactValue(a, b, level));
            }
            if (comparison.isFrequencyAgainstTypical(level)) {
                double typical = frequencies.typicalFrequency(c, table);
                if (f > typical) {
                    bits += FellegiSunterModel.log2(typical / f);
                }
            } else if (f > model.u()[c][level]) {
                bits = model.weightWithFrequency(c, level, f);
            }
        }
        // a difference is never evidence for a match: on a town of 100,000 records, where names repeat by the
        // hundred, training gave "different street" +2.9 bits
        return comparison.isDisagreementLevel(level) ? Math.min(bits, 0) : bits;
    }

    /** Each comparison's bits, {@code NaN} where a side lacks the field (the pair says nothing either way). */
    public double[] comparedBits(StdRecord a, StdRecord b, long vector) {
        double[] bits = new double[comparisons.size()];
        for (int c = 0; c < bits.length; c++) {
            bits[c] = ComparisonVector.level(vector, c) == Comparison.MISSING ? Double.NaN
                    : partialWeight(c, a, b, vector);
        }
        return bits;
    }

    /**
     * Different company numbers; different flats or units at one street address; two names with nothing in common
     * (both trading names, or both legal ones: measured on the sample partnership, 8 of 38,258 such candidate pairs
     * were one business); two registered companies named alike but for a number (a successor company); or two
     * records of one agency at different premises (an owner's two shops: an agency does not hold one business at
     * two addresses).
     */
    public boolean isStrongAgainst(long vector) {
        return (company >= 0 && ComparisonVector.level(vector, company) == 2)
                || (name >= 0 && (ComparisonVector.level(vector, name) == NameComparison.DIFFERENT
                        || ComparisonVector.level(vector, name) == NameComparison.ANOTHER_COMPANY_OF_THE_NAME))
                || (premises >= 0 && ComparisonVector.level(vector, premises) == LocationComparison.DIFFERENT_UNIT)
                || (source >= 0 && ComparisonVector.level(vector, source) == 1 && premises >= 0
                        && LocationComparison.isElsewhere(ComparisonVector.level(vector, premises)));
    }

    /**
     * Two full addresses (postcode and street on both sides) that are different premises. Not evidence
     * strong enough to reject the pair, but a business is run from one premises, so clustering never chains two
     * premises together through other records (a company's record linking to each of its shops).
     */
    public boolean isDifferentPremises(StdRecord a, StdRecord b, long vector) {
        if (premises < 0 || !hasFullAddress(a) || !hasFullAddress(b)) {
            return false;
        }
        return LocationComparison.isElsewhere(ComparisonVector.level(vector, premises));
    }

    /**
     * As {@link #isDifferentPremises} for two records no candidate pair compared: the addresses are compared here.
     */
    public boolean areDifferentPremises(StdRecord a, StdRecord b) {
        if (premises < 0 || !hasFullAddress(a) || !hasFullAddress(b)) {
            return false;
        }
        return LocationComparison.isElsewhere(comparisons.get(premises).level(a, b));
    }

    /** Whether the record has a postcode and a street: enough to say which premises it is. */
    public static boolean hasFullAddress(StdRecord r) {
        return r.postcode() != null && r.street() != null;
    }

    /**
     * The same UPRN and the same name; or the same registered company name, held by one business only in every
     * agency's data, and not at two different premises (a company's name is unique at Companies House).
     */
    public boolean isStrongFor(StdRecord a, StdRecord b, long vector) {
        if (name < 0) {
            return false;
        }
        int nameLevel = ComparisonVector.level(vector, name);
        if (a.uprn() != null && a.uprn().equals(b.uprn()) && nameLevel == 1) {
            return true;
        }
        if (nameLevel != NameComparison.SAME_REGISTERED_NAME || isDifferentPremises(a, b, vector)) {
            return false;
        }
        for (String registered : a.registeredNames()) {
            if (b.registeredNames().contains(registered) && frequencies.registeredNameHeldByOneCompany(registered)) {
                return true;
            }
        }
        return false;
    }

    /** Each comparison's level, words and weight, for the review screen and the pairs export. */
    public List<Contribution> explain(StdRecord a, StdRecord b, long vector) {
        List<Contribution> out = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            int level = ComparisonVector.level(vector, c);
            out.add(new Contribution(comparisons.get(c).name(), level, comparisons.get(c).describe(level),
                    partialWeight(c, a, b, vector)));
        }
        return out;
    }

    public FellegiSunterModel model() {
        return model;
    }

    /** One comparison's part in a pair's score. */
    public record Contribution(String comparison, int level, String description, double bits) {
    }
}
