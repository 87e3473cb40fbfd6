package org.crosscheck.insight;

import java.util.List;

/**
 * Businesses linked to one business through a shared mobile, contact or company number, a few steps out: the
 * networks (one owner, several premises; phoenix companies) investigators ask about.
 *
 * @param centre    the business the graph was drawn for
 * @param truncated true when more businesses were reachable than the graph shows
 */
public record NetworkGraph(long centre, List<Node> nodes, List<Edge> edges, boolean truncated) {
    public NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A business in the graph; {@code depth} is the number of links from the centre. */
    public record Node(long entityId, String label, int agencyCount, int interestCount, int depth) {
    }

    /** What two businesses share: kind is e.g. PHONE, CONTACT, COMPANY; value the shared thing itself. */
    public record Edge(long from, long to, String kind, String value) {
    }
}
