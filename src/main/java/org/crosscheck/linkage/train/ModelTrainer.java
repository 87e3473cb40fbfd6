package org.crosscheck.linkage.train;

import org.crosscheck.linkage.compare.NameComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.block.Blocker;
import org.crosscheck.linkage.block.BlockingRule;
import org.crosscheck.linkage.block.BlockingRules;
import org.crosscheck.linkage.block.LongList;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the model without labels, in the manner of Splink. u comes from random pairs. m comes from EM in
 * training sessions, each over the pairs that share one field (its own blocking rule, separate from the rules
 * that pick candidates for scoring), estimating every comparison except those the shared field decides: pairs
 * that share a postcode say nothing about how often true matches share a postcode, or a street. Each comparison
 * takes m from the first session that estimated it. Lambda, the chance that two random records match, is the
 * first session's expected number of matches divided by its recall (the m of the levels its rule implies),
 * over all possible pairs.
 */
public final class ModelTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);
    private static final int MIN_SESSION_PAIRS = 100;

    /**
     * One EM session: the rule pairing records for it, the comparisons it must not estimate, and the comparison
     * whose exact level its rule requires (its m is the rule's recall of true matches).
     */
    public record Session(BlockingRule rule, Set<String> notEstimated, String definingComparison,
                          int[] definingLevels) {
    }

    /** Default sessions: pairs sharing a postcode, then pairs sharing a business name (any alias). */
    public static List<Session> standardSessions() {
        return List.of(
                new Session(BlockingRules.rule("same postcode", (r, out) -> {
                    if (r.postcode() != null) {
                        out.accept(r.postcode());
                    }
                }), Set.of("location", "town"), "location", new int[] {1, 2, 3, 4, 5}),
                new Session(BlockingRules.rule("same name", (r, out) -> r.names().forEach(out)), Set.of("name"),
                        "name", new int[] {1, NameComparison.SAME_REGISTERED_NAME}));
    }

    private final List<Comparison> comparisons;
    private final EmTrainer em;
    private final int maxBlockSize;

    public ModelTrainer(List<Comparison> comparisons, EmTrainer em, int maxBlockSize) {
        this.comparisons = comparisons;
        this.em = em;
        this.maxBlockSize = maxBlockSize;
    }

    /**
     * @param candidates the scoring candidates and their vectors: EM over them fills any m no session estimated
     */
    public EmTrainer.Training train(List<StdRecord> records, long[] candidates, long[] vectors, List<Session> sessions,
                                    int uSamplePairs, long seed) {
        double[][] sampled = UEstimator.estimateUWithRandomSampling(records, comparisons, uSamplePairs, seed);
        Map<Session, long[]> sessionPairs = new HashMap<>();
        Map<Session, Map<Long, Long>> sessionPatterns = new HashMap<>();
        for (Session session : sessions) {
            long[] pairs = new Blocker(maxBlockSize).block(records, List.of(session.rule())).pairs();
            sessionPairs.put(session, pairs);
            sessionPatterns.put(session, patterns(records, pairs, candidates, vectors));
        }
        Map<Long, Long> candidatePatterns = countPatterns(vectors);
        EmTrainer.Training first = trainWithU(records, candidates, candidatePatterns, sessions, sessionPairs,
                sessionPatterns, sampled);
        // Random pairs include a few true matches, and for rare agreements (the same address) they are a large
        // part of what was counted: P(level) = lambda m + (1 - lambda) u, so u is corrected and training repeated.
        double[][] corrected = withoutMatches(sampled, first.model(), uSamplePairs);
        EmTrainer.Training second = trainWithU(records, candidates, candidatePatterns, sessions, sessionPairs,
                sessionPatterns, corrected);
        List<Double> deltas = new ArrayList<>(first.deltas());
        deltas.addAll(second.deltas());
        return new EmTrainer.Training(second.model(), deltas);
    }

    /** u with the expected share of true matches among random pairs taken out, renormalised. */
    static double[][] withoutMatches(double[][] sampled, FellegiSunterModel model, int samples) {
        double lambda = model.lambda();
        double floor = 0.1 / Math.max(1, samples);
        double[][] u = new double[sampled.length][];
        for (int c = 0; c < sampled.length; c++) {
            u[c] = new double[sampled[c].length];
            u[c][0] = 1;
            double total = 0;
            for (int l = 1; l < sampled[c].length; l++) {
                u[c][l] = Math.max(floor, (sampled[c][l] - lambda * model.m()[c][l]) / (1 - lambda));
                total += u[c][l];
            }
            for (int l = 1; l < sampled[c].length; l++) {
                u[c][l] /= total;
            }
        }
        return u;
    }

    private EmTrainer.Training trainWithU(List<StdRecord> records, long[] candidates, Map<Long, Long> all,
                                          List<Session> sessions, Map<Session, long[]> sessionPairs,
                                          Map<Session, Map<Long, Long>> sessionPatterns, double[][] u) {
        List<String> names = comparisons.stream().map(Comparison::name).toList();
        int[] levels = comparisons.stream().mapToInt(Comparison::levelCount).toArray();
        double[][] m = new double[comparisons.size()][];
        List<Double> deltas = new ArrayList<>();
        double expectedMatches = -1;
        Session lambdaSession = null;
        for (Session session : sessions) {
            long[] pairs = sessionPairs.get(session);
            Map<Long, Long> patterns = sessionPatterns.get(session);
            boolean[] estimate = new boolean[comparisons.size()];
            boolean any = false;
            for (int c = 0; c < comparisons.size(); c++) {
                estimate[c] = m[c] == null && !session.notEstimated().contains(names.get(c))
                        && hasData(patterns, c, MIN_SESSION_PAIRS);
                any |= estimate[c];
            }
            if (pairs.length < MIN_SESSION_PAIRS || !any) {
                LOG.info("Training session '{}' skipped: {} pairs", session.rule().name(), pairs.length);
                continue;
            }
            EmTrainer.Training t = em.train(names, levels, patterns, u, 0.1, estimate, null);
            deltas.addAll(t.deltas());
            for (int c = 0; c < comparisons.size(); c++) {
                if (estimate[c]) {
                    m[c] = t.model().m()[c];
                }
            }
            if (lambdaSession == null) {
                lambdaSession = session;
                expectedMatches = t.model().lambda() * pairs.length;
            }
            LOG.info("Training session '{}' on {} pairs: lambda {}, estimated m for {}", session.rule().name(),
                    pairs.length, t.model().lambda(), estimatedNames(names, estimate));
        }
        boolean[] rest = new boolean[comparisons.size()];
        boolean anyLeft = false;
        for (int c = 0; c < comparisons.size(); c++) {
            rest[c] = m[c] == null;
            anyLeft |= rest[c];
        }
        double candidateLambda = -1;
        if (anyLeft || lambdaSession == null) {
            boolean[] mask = anyLeft ? rest : new boolean[comparisons.size()];
            if (!anyLeft) {
                java.util.Arrays.fill(mask, true);
            }
            EmTrainer.Training t = em.train(names, levels, all, u, 0.1, mask, null);
            deltas.addAll(t.deltas());
            for (int c = 0; c < comparisons.size(); c++) {
                if (m[c] == null) {
                    m[c] = t.model().m()[c];
                }
            }
            candidateLambda = t.model().lambda();
            LOG.info("EM over all {} candidates estimated m for {}", candidates.length, estimatedNames(names, rest));
        }
        double possiblePairs = possiblePairs(records.size());
        double matches;
        if (lambdaSession != null) {
            int defining = names.indexOf(lambdaSession.definingComparison());
            double recall = 0;
            for (int level : lambdaSession.definingLevels()) {
                recall += m[defining][level];
            }
            recall = Math.max(0.05, recall);
            matches = expectedMatches / recall;
        } else {
            // no session could run: assume the candidates hold every match
            matches = candidateLambda * candidates.length;
        }
        double lambda = Math.min(0.5, Math.max(1.0 / Math.max(1, possiblePairs), matches / Math.max(1, possiblePairs)));
        LOG.info("Expected true matches {} among {} possible pairs: lambda {}", Math.round(matches),
                (long) possiblePairs, lambda);
        return new EmTrainer.Training(new FellegiSunterModel(names, m, u, lambda), deltas);
    }

    /**
     * Pairs among {@code n} records, n(n-1)/2, in floating point: in int arithmetic the product wraps round past
     * 46,341 records, which made lambda, the prior, up to thousands of times too big on a large area and joined
     * records that shared no more than a person's name.
     */
    static double possiblePairs(int n) {
        return n * (n - 1.0) / 2;
    }

    /**
     * The session pairs' comparison patterns and how often each occurs. Most session pairs are scoring candidates
     * too (pairs sharing a postcode all are), whose vectors are already computed: those are looked up in the sorted
     * candidates rather than compared again, which halves the comparing a run does.
     */
    private Map<Long, Long> patterns(List<StdRecord> records, long[] pairs, long[] candidates, long[] vectors) {
        long[] sessionVectors = new long[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            int known = java.util.Arrays.binarySearch(candidates, pairs[k]);
            sessionVectors[k] = known >= 0 ? vectors[known] : ComparisonVector.compute(comparisons,
                    records.get(LongList.left(pairs[k])), records.get(LongList.right(pairs[k])));
        });
        return countPatterns(sessionVectors);
    }

    /** How many pairs have each comparison pattern; counted in pair order, so EM sums in the same order each run. */
    private static Map<Long, Long> countPatterns(long[] vectors) {
        Map<Long, Long> patterns = new HashMap<>();
        for (long v : vectors) {
            patterns.merge(v, 1L, Long::sum);
        }
        return patterns;
    }

    private static boolean hasData(Map<Long, Long> patterns, int c, int minimum) {
        long n = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            if (ComparisonVector.level(e.getKey(), c) != 0) {
                n += e.getValue();
            }
        }
        return n >= minimum;
    }

    private static List<String> estimatedNames(List<String> names, boolean[] flags) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (flags[c]) {
                out.add(names.get(c));
            }
        }
        return out;
    }
}
