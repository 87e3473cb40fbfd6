package org.crosscheck.linkage;

import org.crosscheck.domain.StoredRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.linkage.block.Blocker;
import org.crosscheck.linkage.block.BlockingResult;
import org.crosscheck.linkage.block.BlockingRules;
import org.crosscheck.linkage.block.LongList;
import org.crosscheck.linkage.cluster.AssociationFinder;
import org.crosscheck.linkage.cluster.Clusterer;
import org.crosscheck.linkage.cluster.CombinedEvidence;
import org.crosscheck.linkage.cluster.Premises;
import org.crosscheck.linkage.cluster.SupersededCompanies;
import org.crosscheck.linkage.cluster.EntityIdAssigner;
import org.crosscheck.linkage.compare.Comparison;
import org.crosscheck.linkage.compare.ComparisonVector;
import org.crosscheck.linkage.compare.Comparisons;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.linkage.score.Scorer;
import org.crosscheck.linkage.score.TermFrequencies;
import org.crosscheck.linkage.train.EmTrainer;
import org.crosscheck.linkage.train.LabelledMEstimator;
import org.crosscheck.linkage.train.ModelTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linkage pipeline in memory: standardise → block → compare → train (u by sampling, m by EM) → score →
 * cluster → stable entity ids and associations. Pure: it reads nothing and writes nothing; {@code LinkageService}
 * loads its input and stores its outcome. Uses all cores for the per-record and per-pair stages.
 */
public final class LinkageEngine {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageEngine.class);
    private final List<Comparison> comparisons = Comparisons.standard();
    private final RecordStandardiser standardiser = new RecordStandardiser();

    public List<Comparison> comparisons() {
        return comparisons;
    }

    private int indexOfComparison(String name) {
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    public LinkageOutcome run(List<StoredRecord> inputs, LinkageSettings settings, PriorState prior, ProgressSink sink) {
        return run(inputs, settings, prior, false, sink);
    }

    /**
     * As {@link #run(List, LinkageSettings, PriorState, ProgressSink)}; with {@code learnFromDecisions}, m is then
     * re-estimated from the pairs people said are the same business before scoring (see LabelledMEstimator).
     */
    public LinkageOutcome run(List<StoredRecord> inputs, LinkageSettings settings, PriorState prior,
                              boolean learnFromDecisions, ProgressSink sink) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        sink.progress(Stage.STANDARDISING, 0, inputs.size());
        // a partnership's records fit in the processor's cache anyway; sharing values pays on a large area only
        SharedValues shared = inputs.size() >= SHARE_VALUES_FROM ? new SharedValues() : null;
        List<StdRecord> records = withoutSharedRegisteredOffices(inputs, IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> {
                    StdRecord r = standardiser.standardise(i, inputs.get(i));
                    return shared == null ? r : shared.share(r);
                }).toList());
        t = lap(millis, "standardise", t);
        sink.checkCancelled();

        sink.progress(Stage.BLOCKING, 0, -1);
        BlockingResult blocking = new Blocker(settings.maxBlockSize()).block(records, BlockingRules.standard());
        t = lap(millis, "block", t);
        sink.checkCancelled();

        Map<Long, Integer> indexOfId = new HashMap<>();
        for (StdRecord r : records) {
            indexOfId.put(r.id(), r.index());
        }
        List<Clusterer.IndexPair> same = new ArrayList<>();
        List<Clusterer.IndexPair> different = new ArrayList<>();
        for (PriorState.HumanDecision d : prior.decisions()) {
            Integer a = indexOfId.get(d.leftRecordId());
            Integer b = indexOfId.get(d.rightRecordId());
            if (a != null && b != null) {
                (d.same() ? same : different).add(new Clusterer.IndexPair(a, b));
            }
        }
        Scoring scoring = compareTrainAndScore(inputs, records, blocking.pairs(), settings, prior, learnFromDecisions,
                indexOfId, same, millis, t, sink);
        // the candidates and their vectors are let go here: on a million records they are a gigabyte
        blocking = blocking.withoutPairs();
        Scorer scorer = scoring.scorer();
        ScoredPairs pairs = scoring.pairs();
        long rescored = scoring.rescored();
        t = System.nanoTime();
        sink.checkCancelled();

        sink.progress(Stage.CLUSTERING, 0, -1);
        Clusterer.Clustering clustering = new Clusterer().cluster(records.size(), pairs, settings.matchThreshold(),
                same, different, premisesApart(scorer, records), evidence(scorer, records),
                SupersededCompanies.find(records, pairs, indexOfComparison("name"), indexOfComparison("location"),
                        settings.matchThreshold()), premisesOf(scorer, records));
        long[] ids = records.stream().mapToLong(StdRecord::id).toArray();
        long[] entityOf = new EntityIdAssigner().assign(ids, clustering.clusterOf(), prior.previousEntity(),
                prior.nextEntityId());
        var associations = new AssociationFinder(settings.maxSharedForAssociation()).find(records, entityOf);
        lap(millis, "cluster", t);
        LOG.info("Linked {} records: {} candidate pairs ({} compared in this run), stages {}", records.size(),
                blocking.candidateCount(), rescored, millis);
        ScoredPairs loneMisses = LoneRecordMisses.select(scoring.loneMisses(), clustering.clusterOf(), records,
                LoneRecordMisses.PER_RECORD);
        return new LinkageOutcome(records, blocking, scorer, scoring.deltas(), pairs, loneMisses, entityOf,
                clustering.refusedLinks(), associations, millis, rescored);
    }

    /** What comparing, training and scoring give the rest of the run. */
    private record Scoring(Scorer scorer, List<Double> deltas, ScoredPairs pairs, ScoredPairs loneMisses,
                           long rescored) {
    }

    private Scoring compareTrainAndScore(List<StoredRecord> inputs, List<StdRecord> records, long[] candidates,
                                         LinkageSettings settings, PriorState prior, boolean learnFromDecisions,
                                         Map<Long, Integer> indexOfId, List<Clusterer.IndexPair> same,
                                         Map<String, Long> millis, long start, ProgressSink sink) {
        long t = start;
        boolean[] changed = changedRecords(inputs, prior);
        sink.progress(Stage.SCORING, 0, candidates.length);
        long[] vectors = new long[candidates.length];
        // only an incremental run reuses scores; a full run needs no flag per pair
        boolean[] reused = prior.isIncremental() ? new boolean[candidates.length] : null;
        IntStream.range(0, candidates.length).parallel().forEach(k -> {
            int a = LongList.left(candidates[k]);
            int b = LongList.right(candidates[k]);
            if (reused != null && !changed[a] && !changed[b]) {
                reused[k] = true;
            } else {
                vectors[k] = ComparisonVector.compute(comparisons, records.get(a), records.get(b));
            }
        });
        t = lap(millis, "compare", t);
        sink.checkCancelled();

        sink.progress(Stage.TRAINING, 0, -1);
        FellegiSunterModel model = prior.model();
        List<Double> deltas = List.of();
        if (model == null) {
            EmTrainer.Training training = train(records, candidates, vectors, settings);
            model = training.model();
            deltas = training.deltas();
        }
        t = lap(millis, "train", t);

        Scorer scorer = new Scorer(comparisons, model, new TermFrequencies(comparisons, records));
        if (learnFromDecisions) {
            model = learnt(model, records, scorer, candidates, vectors, reused, prior, indexOfId);
            scorer = new Scorer(comparisons, model, new TermFrequencies(comparisons, records));
        }
        double keepFrom = Math.min(settings.storeFloor(), Math.min(settings.reviewThreshold(),
                settings.matchThreshold()));
        KeptPairs.Kept kept = KeptPairs.score(scorer, comparisons, records, candidates, vectors, reused, prior,
                keepFrom, settings.matchThreshold(), same, premisesApart(scorer, records));
        // pairs compared again by KeptPairs are no longer marked reused, so they count here
        long rescored = reused == null ? candidates.length : 0;
        for (int k = 0; reused != null && k < reused.length; k++) {
            if (!reused[k]) {
                rescored++;
            }
        }
        lap(millis, "score", t);
        return new Scoring(scorer, deltas, kept.pairs(), kept.loneMisses(), rescored);
    }

    private static java.util.function.Predicate<ScoredPair> premisesApart(Scorer scorer, List<StdRecord> records) {
        return p -> scorer.isDifferentPremises(records.get(p.left()), records.get(p.right()), p.vector());
    }

    private static Premises premisesOf(Scorer scorer, List<StdRecord> records) {
        return new Premises() {
            @Override
            public boolean isKnown(int record) {
                return Scorer.hasFullAddress(records.get(record));
            }

            @Override
            public boolean areDifferent(int a, int b) {
                return scorer.areDifferentPremises(records.get(a), records.get(b));
            }
        };
    }

    private static CombinedEvidence.PairEvidence evidence(Scorer scorer, List<StdRecord> records) {
        return new CombinedEvidence.PairEvidence() {
            @Override
            public double[] partialWeights(ScoredPair p) {
                return scorer.comparedBits(records.get(p.left()), records.get(p.right()), p.vector());
            }

            @Override
            public double priorWeight() {
                return scorer.model().priorWeight();
            }
        };
    }

    /**
     * The model after one EM M-step over the candidate pairs with the human labels clamped: a pair people said is
     * one business counts as a match with weight 1, one they said is two with weight 0, every other pair with its
     * probability under the trained model. Labelled pairs that blocking did not pair count too.
     */
    private FellegiSunterModel learnt(FellegiSunterModel model, List<StdRecord> records, Scorer scorer,
                                      long[] candidates, long[] vectors, boolean[] reused, PriorState prior,
                                      Map<Long, Integer> indexOfId) {
        Map<Long, Boolean> labels = new HashMap<>();
        for (PriorState.HumanDecision d : prior.decisions()) {
            Integer a = indexOfId.get(d.leftRecordId());
            Integer b = indexOfId.get(d.rightRecordId());
            if (a != null && b != null) {
                labels.put(LongList.pair(Math.min(a, b), Math.max(a, b)), d.same());
            }
        }
        LongList learntVectors = new LongList(candidates.length);
        double[] weights = new double[candidates.length + labels.size()];
        int n = 0;
        for (int k = 0; k < candidates.length; k++) {
            boolean isReused = reused != null && reused[k];
            ScoredPair p = KeptPairs.score(scorer, records, candidates[k], vectors[k], isReused, prior);
            if (p == null) {
                continue;
            }
            Boolean same = labels.remove(LongList.pair(Math.min(p.left(), p.right()), Math.max(p.left(), p.right())));
            learntVectors.add(p.vector());
            weights[n++] = same == null ? p.probability() : same ? 1.0 : 0.0;
        }
        for (Map.Entry<Long, Boolean> label : labels.entrySet()) {
            if (label.getValue()) {
                long pair = label.getKey();
                learntVectors.add(ComparisonVector.compute(comparisons, records.get(LongList.left(pair)),
                        records.get(LongList.right(pair))));
                weights[n++] = 1.0;
            }
        }
        LOG.info("m re-estimated from {} candidate pairs with {} human labels", learntVectors.size(),
                prior.decisions().size());
        return LabelledMEstimator.estimate(model, learntVectors.toArray(), java.util.Arrays.copyOf(weights, n));
    }

    private EmTrainer.Training train(List<StdRecord> records, long[] candidates, long[] vectors, LinkageSettings s) {
        return new ModelTrainer(comparisons, new EmTrainer(s.emIterations(), s.emTolerance()), s.maxBlockSize())
                .train(records, candidates, vectors, ModelTrainer.standardSessions(),
                        uSamplePairs(s, records.size()), s.seed());
    }

    /** Records from which a run's records share one instance of each value (see SharedValues). */
    static final int SHARE_VALUES_FROM = 20_000;

    /** Random pairs per record drawn for u, at the least: see {@link #uSamplePairs}. */
    static final int U_SAMPLES_PER_RECORD = 3;

    /**
     * The random pairs drawn to estimate u: the setting, or three per record on a large area. Two records share
     * an exact address by chance about once in a few hundred thousand pairs at 100,000 records, and once in
     * millions at a million: a fixed 300,000 pairs could not see such rare agreements, so their evidence stopped
     * growing while the prior kept falling, and at a million records "same full address" fell below 50%
     * (recall 0.64).
     */
    static int uSamplePairs(LinkageSettings s, int records) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(s.uSamplePairs(), (long) U_SAMPLES_PER_RECORD * records));
    }

    /** Companies sharing a registered office with more than this many others are at a formation agent's. */
    static final int SHARED_OFFICE = 3;

    /**
     * Companies House gives a registered office, which for most small companies is the premises but for many is
     * an accountant's or a formation agent's office shared by dozens. Such shared offices are dropped, so they
     * neither link unrelated companies nor count against a company's match with its trading premises.
     */
    static List<StdRecord> withoutSharedRegisteredOffices(List<StoredRecord> inputs, List<StdRecord> records) {
        Map<String, Integer> companiesAt = new HashMap<>();
        for (StdRecord r : records) {
            if (inputs.get(r.index()).kind() == org.crosscheck.domain.AgencyKind.COMPANIES_HOUSE
                    && r.postcode() != null) {
                companiesAt.merge(officeKey(r), 1, Integer::sum);
            }
        }
        List<StdRecord> out = new ArrayList<>(records);
        for (int i = 0; i < out.size(); i++) {
            StdRecord r = out.get(i);
            if (inputs.get(i).kind() == org.crosscheck.domain.AgencyKind.COMPANIES_HOUSE && r.postcode() != null
                    && companiesAt.get(officeKey(r)) > SHARED_OFFICE) {
                out.set(i, RecordStandardiser.withoutAddress(r));
            }
        }
        return List.copyOf(out);
    }

    private static String officeKey(StdRecord r) {
        // the suite too: a business park's suites are separate offices, a formation agent's one suite is shared
        return r.postcode() + "|" + r.subBuilding() + "|" + r.houseNumber() + "|" + r.street();
    }

    private static boolean[] changedRecords(List<StoredRecord> inputs, PriorState prior) {
        boolean[] changed = new boolean[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            changed[i] = !Objects.equals(prior.previousHashes().get(inputs.get(i).id()), inputs.get(i).contentHash());
        }
        return changed;
    }

    private static long lap(Map<String, Long> millis, String stage, long start) {
        long now = System.nanoTime();
        millis.put(stage, (now - start) / 1_000_000);
        return now;
    }
}
