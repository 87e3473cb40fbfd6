package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.domain.Decision;
import org.crosscheck.domain.Verdict;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.DialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: deciding review pairs from the keyboard, undoing, and finding the decisions after reopening. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {
    @TempDir
    static Path dir;
    private Path wsDir;
    private Workspace workspace;
    private TaskRunner tasks;
    private javafx.beans.value.ObservableValue<String> headlineText;
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the sample partnership, imported and linked once per test JVM, copied for each test
        wsDir = org.crosscheck.testing.LinkedSample.copyTo(dir.resolve("ws-" + System.nanoTime()));
        workspace = Workspace.open(wsDir);
        tasks = new TaskRunner();
        DialogService dialogs = MainWindowFixture.dialogsRecordingErrors(errors);
        MainWindowFixture.show(stage, workspace, dialogs, tasks);
    }

    @AfterEach
    void close() throws TimeoutException {
        MainWindowFixture.close(tasks, workspace);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; errors shown: " + errors + "; screen says: "
                    + headlineText, e);
        }
    }

    private List<Verdict> verdicts() {
        return workspace.linkage().decisions().stream().map(Decision::verdict).toList();
    }

    @Test
    void decidesByKeyboardUndoesAndKeepsDecisionsAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#reviewNav");
        Label headline = robot.lookup("#reviewHeadline").queryAs(Label.class);
        headlineText = headline.textProperty();
        waitFor(() -> headline.getText().startsWith("Pair 1 of"));

        robot.type(KeyCode.M);
        waitFor(() -> headline.getText().startsWith("Pair 2 of"));
        assertEquals(List.of(Verdict.SAME), verdicts());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> verdicts().size() == 2);
        waitFor(() -> headline.getText().startsWith("Pair 1 of"));
        assertEquals(List.of(Verdict.SAME, Verdict.RETRACTED), verdicts());

        robot.type(KeyCode.N);
        waitFor(() -> verdicts().size() == 3);

        workspace.close();
        workspace = Workspace.open(wsDir);
        assertEquals(List.of(Verdict.SAME, Verdict.RETRACTED, Verdict.DIFFERENT), verdicts());
        Decision last = workspace.linkage().decisions().get(2);
        assertEquals(Decision.Origin.HUMAN, last.origin());
        assertTrue(last.leftRecordKey().startsWith("ref:") || last.leftRecordKey().startsWith("row:"));
    }

    @Test
    void blindReviewHidesTheScoreAndFiltersNarrowTheQueue(FxRobot robot) throws Exception {
        robot.clickOn("#reviewNav");
        Label headline = robot.lookup("#reviewHeadline").queryAs(Label.class);
        headlineText = headline.textProperty();
        waitFor(() -> headline.getText().startsWith("Pair 1 of"));
        assertTrue(headline.getText().contains("% likely"), headline.getText());
        var chart = robot.lookup("#waterfallChart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        var parts = robot.lookup("#partsList").queryAs(javafx.scene.control.ListView.class).getItems();
        waitFor(chart::isVisible);
        var bars = ((org.jfree.chart.plot.CategoryPlot) chart.getChart().getPlot()).getDataset();
        assertEquals(parts.size(), bars.getColumnCount(), "one bar per line of the explanation");
        assertEquals("Total", bars.getColumnKey(bars.getColumnCount() - 1));

        robot.clickOn("#blindBox");
        waitFor(() -> !headline.getText().contains("% likely"));
        assertTrue(robot.lookup("#partsList").queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        waitFor(() -> !chart.isVisible());

        Label progress = robot.lookup("#reviewProgress").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Double> min = robot.lookup("#minSpinner").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> min.getValueFactory().setValue(0.45));
        waitFor(() -> progress.getText().contains("shown by the filters"));
        robot.interact(() -> min.getValueFactory().setValue(0.0));
        waitFor(() -> !progress.getText().contains("shown by the filters"));
        int everyPair = pairsShown(headline.getText());

        // an area: a postcode district, or a ward from the rates file
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> area = robot.lookup("#areaBox").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(area.getItems().contains("BK1"), area.getItems().toString());
        assertTrue(area.getItems().stream().anyMatch(a -> a.startsWith("Ward: ")), area.getItems().toString());
        robot.interact(() -> area.getSelectionModel().select("BK1"));
        waitFor(() -> progress.getText().contains("shown by the filters"));
        int inBk1 = pairsShown(headline.getText());
        assertTrue(inBk1 > 0 && inBk1 < everyPair, inBk1 + " of " + everyPair);
    }

    /** N in the headline "Pair 1 of N …". */
    private static int pairsShown(String headline) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Pair \\d+ of ([\\d,]+)").matcher(headline);
        assertTrue(m.find(), headline);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void learningFromTheDecisionsSaysWhatLeftTheBandAndReloadsTheQueue(FxRobot robot) throws Exception {
        robot.clickOn("#reviewNav");
        Label headline = robot.lookup("#reviewHeadline").queryAs(Label.class);
        headlineText = headline.textProperty();
        waitFor(() -> headline.getText().startsWith("Pair 1 of"));
        robot.type(KeyCode.M);
        waitFor(() -> verdicts().size() == 1);
        long runs = workspace.linkage().lastRun().orElseThrow().id();

        robot.clickOn("#learnButton");
        Label learnt = robot.lookup("#learntLabel").queryAs(Label.class);
        waitFor(() -> learnt.getText().startsWith("Learnt from 1 pairs"));
        assertTrue(workspace.linkage().lastRun().orElseThrow().id() > runs, "linked again");
        waitFor(() -> headline.getText().startsWith("Pair 1 of"));
    }
}
