package org.crosscheck.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.domain.LinkRunInfo;
import org.crosscheck.domain.MatchBand;
import org.crosscheck.domain.NewLinkRun;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.StoredRecord;
import org.crosscheck.domain.Verdict;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.linkage.score.FellegiSunterModel;
import org.crosscheck.linkage.score.ScoredPair;
import org.crosscheck.linkage.score.ScoredPairs;
import org.crosscheck.linkage.score.Scorer;
import org.crosscheck.storage.LinkageRepository;
import org.crosscheck.storage.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs linkage on a workspace: loads the current records, the last membership and every human decision, runs
 * the {@link LinkageEngine}, and stores the run (settings, model, pairs, entities, associations) in one
 * transaction. Call from a worker thread.
 */
public final class LinkageService {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageService.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Workspace workspace;
    private final LinkageEngine engine = new LinkageEngine();
    private final String appVersion;

    public LinkageService(Workspace workspace, String appVersion) {
        this.workspace = workspace;
        this.appVersion = appVersion;
    }

    /**
     * Links every current record. {@code incremental}: reuse the last run's model and the scores of pairs whose
     * records did not change, scoring only pairs that involve new or changed records.
     */
    public LinkRunSummary link(LinkageSettings settings, boolean incremental, ProgressSink sink) {
        return link(settings, incremental, false, sink);
    }

    /**
     * "Learn from my decisions": trains the model as a full link does, re-estimates m from the pairs people said are
     * the same business, links with that model, and counts how many undecided pairs of the review band left it. A later
     * plain full link trains afresh (an incremental one keeps the learnt model).
     */
    public LearnSummary learnFromDecisions(LinkageSettings settings, ProgressSink sink) {
        PriorState decided = prior(workspace.linkage(), workspace.linkage().currentRecords(), false);
        java.util.Set<String> decidedKeys = new HashSet<>();
        int labelledSame = 0;
        int labelledDifferent = 0;
        for (PriorState.HumanDecision d : decided.decisions()) {
            decidedKeys.add(PriorState.pairKey(d.leftRecordId(), d.rightRecordId()));
            if (d.same()) {
                labelledSame++;
            } else {
                labelledDifferent++;
            }
        }
        // the pairs still waiting for a person: the review band less the pairs already decided
        java.util.Set<String> before = new HashSet<>();
        workspace.linkage().pairsInBand(MatchBand.REVIEW).forEach(p -> {
            String key = PriorState.pairKey(p.leftRecordId(), p.rightRecordId());
            if (!decidedKeys.contains(key)) {
                before.add(key);
            }
        });
        LinkRunSummary run = link(settings, false, true, sink);
        int toMatch = 0;
        int stillReview = 0;
        for (PairScore p : workspace.linkage().pairsInBand(MatchBand.MATCH)) {
            toMatch += before.contains(PriorState.pairKey(p.leftRecordId(), p.rightRecordId())) ? 1 : 0;
        }
        for (PairScore p : workspace.linkage().pairsInBand(MatchBand.REVIEW)) {
            stillReview += before.contains(PriorState.pairKey(p.leftRecordId(), p.rightRecordId())) ? 1 : 0;
        }
        LOG.info("Learnt from {} same / {} different decisions: {} of {} review pairs left the band ({} now linked)",
                labelledSame, labelledDifferent, before.size() - stillReview, before.size(), toMatch);
        return new LearnSummary(run, labelledSame, labelledDifferent, before.size(), before.size() - stillReview,
                toMatch, before.size() - stillReview - toMatch);
    }

    /** The settings of the last run, or the defaults when there has been none (or they cannot be read). */
    public LinkageSettings lastSettings() {
        return workspace.linkage().lastRun().map(r -> {
            try {
                return JSON.readValue(r.settingsJson(), LinkageSettings.class);
            } catch (JsonProcessingException e) {
                LOG.warn("Last run's settings unreadable, using the defaults: {}", e.getOriginalMessage());
                return LinkageSettings.defaults();
            }
        }).orElse(LinkageSettings.defaults());
    }

    private LinkRunSummary link(LinkageSettings settings, boolean incremental, boolean learn, ProgressSink sink) {
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        LinkageRepository repo = workspace.linkage();
        List<StoredRecord> inputs = repo.currentRecords();
        if (inputs.size() < 2) {
            throw new WorkbenchException("There is nothing to link yet: import at least one agency file first.");
        }
        PriorState prior = prior(repo, inputs, incremental);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        LinkageOutcome outcome = engine.run(inputs, settings, prior, learn, sink);
        sink.checkCancelled();

        sink.progress(Stage.WRITING, 0, 1);
        long t1 = System.nanoTime();
        List<PairScore> stored = new ArrayList<>();
        int autoLinks = 0;
        int review = 0;
        Scorer scorer = outcome.scorer();
        ScoredPairs pairs = outcome.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            ScoredPair p = pairs.get(i);
            MatchBand band = p.strongAgainst() || p.probability() < settings.reviewThreshold() ? MatchBand.NON_MATCH
                    : p.probability() >= settings.matchThreshold() ? MatchBand.MATCH : MatchBand.REVIEW;
            if (band == MatchBand.MATCH) {
                autoLinks++;
            } else if (band == MatchBand.REVIEW) {
                review++;
            }
            if (p.probability() >= settings.storeFloor() || band != MatchBand.NON_MATCH) {
                StdRecord a = outcome.records().get(p.left());
                StdRecord b = outcome.records().get(p.right());
                stored.add(new PairScore(a.id(), b.id(), p.vector(), p.weight(), p.probability(), band,
                        p.strongAgainst(), p.strongFor(), explanation(scorer.explain(a, b, p.vector()))));
            }
        }
        ScoredPairs loneMisses = outcome.loneMisses();
        for (int i = 0; i < loneMisses.size(); i++) {
            ScoredPair p = loneMisses.get(i);
            StdRecord a = outcome.records().get(p.left());
            StdRecord b = outcome.records().get(p.right());
            stored.add(new PairScore(a.id(), b.id(), p.vector(), p.weight(), p.probability(), MatchBand.NON_MATCH,
                    p.strongAgainst(), p.strongFor(), explanation(scorer.explain(a, b, p.vector()))));
        }
        long[] ids = outcome.records().stream().mapToLong(StdRecord::id).toArray();
        String[] hashes = inputs.stream().map(StoredRecord::contentHash).toArray(String[]::new);
        long nextEntityId = prior.nextEntityId();
        for (long e : outcome.entityOf()) {
            nextEntityId = Math.max(nextEntityId, e + 1);
        }
        int[] byAgencies = businessesByAgencies(outcome, inputs);
        int entities = byAgencies[0] + byAgencies[1] + byAgencies[2] + byAgencies[3];
        List<EntityAssociation> associations = outcome.associations().stream()
                .map(a -> new EntityAssociation(a.entityA(), a.entityB(), a.kind().name(), a.value())).toList();
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("load", loadMillis);
        millis.putAll(outcome.stageMillis());
        LinkRunSummary draft = new LinkRunSummary(0, prior.isIncremental(), inputs.size(), outcome.blocking().candidateCount(),
                outcome.blocking().perRule(), outcome.rescored(), autoLinks, review, outcome.refusedLinks(), entities,
                byAgencies, associations.size(), outcome.emDeltas().size(), millis);
        // the run's duration as stored: everything up to the save, which is what the analyst waits for
        long linkMillis = (System.nanoTime() - t0) / 1_000_000;
        long runId = repo.saveRun(new NewLinkRun(started, linkMillis, appVersion, settings.seed(), prior.isIncremental(),
                json(settings), json(scorer.model()), fingerprint(inputs), outcome.blocking().candidateCount(), autoLinks,
                review, entities, nextEntityId, json(draft), stored, ids, outcome.entityOf(), hashes, associations));
        millis.put("save", (System.nanoTime() - t1) / 1_000_000);
        LOG.info("Run {} stored: {} pairs kept, {} entities, {} ms in all", runId, stored.size(), entities,
                (System.nanoTime() - t0) / 1_000_000);
        return new LinkRunSummary(runId, draft.incremental(), draft.records(), draft.candidatePairs(), draft.perRule(),
                draft.rescoredPairs(), autoLinks, review, draft.refusedLinks(), entities, byAgencies,
                associations.size(), draft.emIterations(), millis);
    }

    /** The summary of the latest run, if there has been one. */
    public java.util.Optional<LinkRunSummary> lastSummary() {
        return workspace.linkage().lastRun().map(r -> {
            try {
                LinkRunSummary s = JSON.readValue(r.summaryJson(), LinkRunSummary.class);
                return new LinkRunSummary(r.id(), s.incremental(), s.records(), s.candidatePairs(), s.perRule(),
                        s.rescoredPairs(), s.autoLinks(), s.reviewPairs(), s.refusedLinks(), s.entities(),
                        s.businessesByAgencies(), s.associations(), s.emIterations(), s.stageMillis());
            } catch (JsonProcessingException e) {
                throw new WorkbenchException("The last linkage run's summary cannot be read: " + e.getOriginalMessage(),
                        e);
            }
        });
    }

    private PriorState prior(LinkageRepository repo, List<StoredRecord> inputs, boolean incremental) {
        Map<String, Long> idByKey = new HashMap<>();
        for (StoredRecord r : inputs) {
            idByKey.put(r.sourceId() + "|" + r.recordKey(), r.id());
        }
        Map<String, PriorState.HumanDecision> latest = new LinkedHashMap<>();
        for (Decision d : repo.decisions()) {
            Long a = idByKey.get(d.leftSourceId() + "|" + d.leftRecordKey());
            Long b = idByKey.get(d.rightSourceId() + "|" + d.rightRecordKey());
            if (a == null || b == null || d.origin() != Decision.Origin.HUMAN) {
                continue;
            }
            String key = PriorState.pairKey(a, b);
            if (d.verdict() == Verdict.UNSURE || d.verdict() == Verdict.RETRACTED) {
                latest.remove(key);
            } else {
                latest.put(key, new PriorState.HumanDecision(a, b, d.verdict() == Verdict.SAME));
            }
        }
        FellegiSunterModel model = null;
        Map<Long, String> hashes = Map.of();
        Map<String, PriorState.PreviousScore> scores = Map.of();
        if (incremental) {
            LinkRunInfo last = repo.lastRun().orElse(null);
            FellegiSunterModel saved = last == null ? null : fromJson(last.modelJson());
            List<org.crosscheck.linkage.compare.Comparison> comparisons = engine.comparisons();
            boolean fits = saved != null && saved.fits(comparisons.stream().map(c -> c.name()).toList(),
                    comparisons.stream().mapToInt(c -> c.levelCount()).toArray());
            if (saved != null && !fits) {
                LOG.info("The last run's model was trained for other comparisons; this relink trains afresh");
            }
            // another version may standardise or compare differently: its stored comparisons of unchanged records
            // would not be what this version makes of them
            if (fits && !appVersion.equals(last.appVersion())) {
                LOG.info("The last run was made by version {}; this relink links every record afresh",
                        last.appVersion());
                fits = false;
            }
            if (fits) {
                model = saved;
                hashes = repo.linkedHashes();
                Map<String, PriorState.PreviousScore> previous = new HashMap<>();
                repo.forEachPair(p -> previous.put(PriorState.pairKey(p.leftRecordId(), p.rightRecordId()),
                        new PriorState.PreviousScore(p.vector(), p.weight(), p.probability(), p.strongAgainst(),
                                p.strongFor())));
                scores = previous;
            }
        }
        return new PriorState(repo.currentEntities(), repo.nextEntityId(), new ArrayList<>(latest.values()), model,
                hashes, scores);
    }

    private static int[] businessesByAgencies(LinkageOutcome outcome, List<StoredRecord> inputs) {
        Map<Long, Set<Integer>> sources = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            sources.computeIfAbsent(outcome.entityOf()[i], k -> new HashSet<>()).add(inputs.get(i).sourceId());
        }
        int[] counts = new int[4];
        sources.values().forEach(s -> counts[Math.min(4, s.size()) - 1]++);
        return counts;
    }

    /** "name:1:+9.81;premises:0:+0.00;..." — each comparison's level and bits, stored with the pair. */
    static String explanation(List<Scorer.Contribution> parts) {
        StringBuilder sb = new StringBuilder();
        for (Scorer.Contribution c : parts) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(c.comparison()).append(':').append(c.level()).append(':')
                    .append(String.format(java.util.Locale.ROOT, "%+.2f", c.bits()));
        }
        return sb.toString();
    }

    private static String fingerprint(List<StoredRecord> inputs) {
        StringBuilder sb = new StringBuilder();
        inputs.forEach(r -> sb.append(r.id()).append(':').append(r.contentHash()).append('\n'));
        return DigestUtils.sha256Hex(sb.toString());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    static FellegiSunterModel fromJson(String json) {
        try {
            return JSON.readValue(json, FellegiSunterModel.class);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException("The last run's saved model cannot be read (" + e.getOriginalMessage()
                    + "); run a full link instead of an incremental one.", e);
        }
    }
}
