package org.crosscheck.insight;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.domain.EntityAssociation;
import org.crosscheck.domain.LinkRunInfo;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.storage.Workspace;

/**
 * The multi-agency picture of a workspace: business profiles ranked for attention, the Table-1 figures, the
 * agency overlap, their trend over link runs, and the network around one business.
 */
public final class PictureService {
    /** A network drawing with more businesses than this is unreadable on one page. */
    static final int MAX_NETWORK_NODES = 30;
    private final Workspace workspace;
    private final Clock clock;

    public PictureService(Workspace workspace) {
        this(workspace, Clock.systemDefaultZone());
    }

    public PictureService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Every business of the last link run, most in need of attention first. */
    public List<BusinessProfile> ranked() {
        List<BusinessProfile> profiles = new ArrayList<>(ProfileBuilder.build(workspace.picture().profileRecords()));
        profiles.sort(BusinessRanking.PRIORITY);
        return profiles;
    }

    public List<BusinessProfile> ranked(PictureFilter filter) {
        return ranked().stream().filter(filter).toList();
    }

    public Optional<BusinessProfile> profile(long entityId) {
        var records = workspace.picture().profileRecordsOf(entityId);
        return records.isEmpty() ? Optional.empty() : Optional.of(ProfileBuilder.profile(entityId, records));
    }

    public PictureSummary summary() {
        return summary(ranked());
    }

    public PictureSummary summary(List<BusinessProfile> profiles) {
        long millis = workspace.linkage().lastRun().map(LinkRunInfo::durationMillis).orElse(0L);
        return PictureSummary.of(profiles, millis);
    }

    public OverlapMatrix overlap(List<BusinessProfile> profiles) {
        return OverlapMatrix.of(profiles);
    }

    /**
     * Stores the figures of the last link run, once. Called straight after a run, so the figures are those of the
     * data the run linked; the trend table is read from these.
     */
    public Optional<PictureSnapshot> snapshotLastRun() {
        return snapshotLastRun(null);
    }

    /** As {@link #snapshotLastRun()}, from profiles already read ({@link #ranked()}); null reads them if needed. */
    public Optional<PictureSnapshot> snapshotLastRun(List<BusinessProfile> ranked) {
        Optional<LinkRunInfo> run = workspace.linkage().lastRun();
        if (run.isEmpty() || workspace.picture().hasSnapshot(run.get().id())) {
            return Optional.empty();
        }
        PictureSummary s = ranked == null ? summary() : summary(ranked);
        PictureSnapshot snapshot = new PictureSnapshot(run.get().id(), LocalDateTime.now(clock),
                workspace.picture().latestBatchId(), s.recordsCompared(), s.businesses(), s.knownToTwo(),
                s.interestTwo(), s.interestThree(), run.get().durationMillis());
        workspace.picture().saveSnapshot(snapshot);
        return Optional.of(snapshot);
    }

    /** The figures after each link run, oldest first. */
    public List<PictureSnapshot> trend() {
        return workspace.picture().snapshots();
    }

    /**
     * Businesses reachable from {@code entityId} through shared mobiles, contacts or company numbers, breadth
     * first up to {@code depth} links, at most {@link #MAX_NETWORK_NODES} of them.
     */
    public NetworkGraph network(long entityId, int depth) {
        if (profile(entityId).isEmpty()) {
            throw new WorkbenchException("There is no business " + entityId + " in the last link run.");
        }
        Map<Long, List<EntityAssociation>> byEntity = new HashMap<>();
        for (EntityAssociation a : workspace.picture().associations()) {
            byEntity.computeIfAbsent(a.entityA(), k -> new ArrayList<>()).add(a);
            byEntity.computeIfAbsent(a.entityB(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, Integer> depthOf = new LinkedHashMap<>();
        depthOf.put(entityId, 0);
        Deque<Long> queue = new ArrayDeque<>(List.of(entityId));
        boolean truncated = false;
        while (!queue.isEmpty()) {
            long at = queue.poll();
            int d = depthOf.get(at);
            for (EntityAssociation a : byEntity.getOrDefault(at, List.of())) {
                long other = a.entityA() == at ? a.entityB() : a.entityA();
                if (depthOf.containsKey(other) || d >= depth) {
                    continue;
                }
                if (depthOf.size() >= MAX_NETWORK_NODES) {
                    truncated = true;
                    continue;
                }
                depthOf.put(other, d + 1);
                queue.add(other);
            }
        }
        // every association between two businesses in the drawing, once per kind and value
        Map<String, NetworkGraph.Edge> edges = new LinkedHashMap<>();
        for (long id : depthOf.keySet()) {
            for (EntityAssociation a : byEntity.getOrDefault(id, List.of())) {
                if (depthOf.containsKey(a.entityA()) && depthOf.containsKey(a.entityB())) {
                    long lo = Math.min(a.entityA(), a.entityB());
                    long hi = Math.max(a.entityA(), a.entityB());
                    edges.putIfAbsent(lo + "-" + hi + "-" + a.kind() + "-" + a.value(),
                            new NetworkGraph.Edge(lo, hi, a.kind(), a.value()));
                }
            }
        }
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        depthOf.forEach((id, d) -> {
            BusinessProfile p = profile(id).orElse(null);
            nodes.add(new NetworkGraph.Node(id, p == null ? "Business " + id : p.name(),
                    p == null ? 0 : p.agencyCount(), p == null ? 0 : p.interestCount(), d));
        });
        return new NetworkGraph(entityId, nodes, new ArrayList<>(edges.values()), truncated);
    }
}
