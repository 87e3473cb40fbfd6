package org.crosscheck.ui.picture;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.crosscheck.insight.NetworkGraph;

/**
 * Draws a business's network: the business in the middle, linked businesses on rings around it (one ring per step),
 * each link labelled with what is shared. Shapes and line styles, not colour alone, carry the meaning, so a
 * black-and-white print reads the same.
 */
public final class NetworkView extends Pane {
    private NetworkGraph graph;

    public NetworkView() {
        getStyleClass().add("network-view");
        setMinSize(200, 200);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    public void setGraph(NetworkGraph graph) {
        this.graph = graph;
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        if (graph == null) {
            return;
        }
        if (graph.nodes().size() == 1) {
            Label none = new Label("No other business shares a mobile, contact or company number with this one.");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            none.setMaxWidth(Math.max(200, getWidth() - 20));
            none.relocate(10, 10);
            getChildren().add(none);
            return;
        }
        Map<Long, Point2D> at = positions();
        for (NetworkGraph.Edge e : graph.edges()) {
            Point2D a = at.get(e.from());
            Point2D b = at.get(e.to());
            Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
            String what = shared(e.kind());
            line.getStyleClass().addAll("network-edge", "network-edge-" + what);
            Tooltip.install(line, new Tooltip("same " + what + ": " + e.value()));
            Text label = new Text((a.getX() + b.getX()) / 2 + 4, (a.getY() + b.getY()) / 2 - 4, what);
            label.getStyleClass().add("network-edge-label");
            getChildren().addAll(line, label);
        }
        for (NetworkGraph.Node n : graph.nodes()) {
            Point2D p = at.get(n.entityId());
            Circle dot = new Circle(p.getX(), p.getY(), n.depth() == 0 ? 11 : 7 + Math.min(n.interestCount(), 4));
            dot.getStyleClass().addAll("network-node", n.depth() == 0 ? "network-centre" : "network-node-" + n.depth());
            Tooltip.install(dot, new Tooltip(n.label() + " (business " + n.entityId() + "): known to "
                    + n.agencyCount() + " agencies, concern from " + n.interestCount()));
            Text name = new Text(p.getX() + 13, p.getY() + 4, shorten(n.label()));
            name.getStyleClass().add(n.depth() == 0 ? "network-centre-label" : "network-label");
            getChildren().addAll(dot, name);
        }
        if (graph.truncated()) {
            Label more = new Label("More linked businesses exist than are drawn here.");
            more.getStyleClass().add("hint");
            more.relocate(10, getHeight() - 24);
            getChildren().add(more);
        }
    }

    private Map<Long, Point2D> positions() {
        double cx = getWidth() / 2 - 40;
        double cy = getHeight() / 2;
        double ring = Math.max(60, Math.min(getWidth() - 160, getHeight() - 40) / 4.2);
        Map<Integer, List<NetworkGraph.Node>> byDepth = new HashMap<>();
        graph.nodes().forEach(n -> byDepth.computeIfAbsent(n.depth(), k -> new java.util.ArrayList<>()).add(n));
        Map<Long, Point2D> at = new HashMap<>();
        byDepth.forEach((depth, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                double angle = 2 * Math.PI * i / nodes.size() + depth * 0.4;
                double r = ring * depth;
                at.put(nodes.get(i).entityId(), new Point2D(cx + r * Math.cos(angle), cy + r * Math.sin(angle)));
            }
        });
        return at;
    }

    /** "SHARED_MOBILE" → "mobile". */
    static String shared(String kind) {
        return kind.toLowerCase(Locale.ROOT).replace("shared_", "");
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }
}
