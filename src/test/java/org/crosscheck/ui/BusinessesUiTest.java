package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.Decision;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.linkage.LinkageService;
import org.crosscheck.linkage.LinkageSettings;
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

/** Headless: find a business, split a record out of it, merge it back; both kept as decisions, both relinked. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BusinessesUiTest {
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Path here = dir.resolve("t" + System.nanoTime());
        workspace = Workspace.open(here.resolve("ws"));
        StringBuilder food = new StringBuilder("FHRSID,Premises Name,Address,Post Code\n");
        StringBuilder fire = new StringBuilder("Ref,Occupier,Address,Postcode\n");
        for (int i = 1; i <= 20; i++) {
            String pc = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            food.append(i).append(",Cafe Number ").append(i * 7919).append(',').append(i).append(" High Street,")
                    .append(pc).append('\n');
            fire.append('F').append(i).append(",CAFE NUMBER ").append(i * 7919).append(" LTD,").append(i)
                    .append(" High St,").append(pc.replace(" ", "")).append('\n');
        }
        try {
            ImportService imports = new ImportService(workspace);
            imports.importFile(ImportRequest.of(Files.writeString(Files.createDirectories(here).resolve("food.csv"),
                    food), "Food", AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
            imports.importFile(ImportRequest.of(Files.writeString(here.resolve("fire.csv"), fire), "Fire",
                    AgencyKind.FIRE), ProgressSink.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new LinkageService(workspace, "test").link(LinkageSettings.defaults(), false, ProgressSink.NONE);
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
            throw new AssertionError("timed out; errors shown: " + errors, e);
        }
    }

    private long record(String source, String key) {
        return workspace.records().idOf(workspace.sources().findByName(source).orElseThrow().id(), key);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> records(FxRobot robot) {
        return robot.lookup("#businessRecords").queryAs(TableView.class);
    }

    private void openBusinessOf(FxRobot robot, String text, int expectedRecords) throws TimeoutException {
        robot.clickOn("#businessesNav");
        robot.clickOn("#businessSearchField").write(text).type(KeyCode.ENTER);
        ListView<?> results = robot.lookup("#businessResults").queryAs(ListView.class);
        waitFor(() -> !results.getItems().isEmpty());
        robot.interact(() -> results.getSelectionModel().select(0));
        waitFor(() -> records(robot).getItems().size() == expectedRecords);
    }

    @Test
    void splitsARecordOutOfItsBusinessAsAnAuditedDecision(FxRobot robot) throws Exception {
        long food = record("Food", "ref:3");
        long fire = record("Fire", "ref:F3");
        assertEquals(workspace.linkage().entityOf(food), workspace.linkage().entityOf(fire));
        openBusinessOf(robot, "cafe numbr 23757", 2);

        robot.interact(() -> records(robot).getSelectionModel().select(1));
        robot.clickOn("#businessNote").write("two different cafes");
        robot.clickOn("#splitButton");
        waitFor(() -> records(robot).getItems().size() == 1);

        assertNotEquals(workspace.linkage().entityOf(food), workspace.linkage().entityOf(fire));
        Decision d = workspace.linkage().decisions().get(0);
        assertEquals(Decision.Action.SPLIT, d.action());
        assertEquals("two different cafes", d.note());
        Label status = robot.lookup("#businessStatus").queryAs(Label.class);
        waitFor(() -> status.getText().contains("split out"));
    }

    @Test
    void mergesTwoBusinessesAsAnAuditedDecision(FxRobot robot) throws Exception {
        long a = record("Food", "ref:5");
        long b = record("Food", "ref:6");
        long entityB = workspace.linkage().entityOf(b);
        assertNotEquals(workspace.linkage().entityOf(a), entityB);
        openBusinessOf(robot, "Cafe Number 39595", 2);

        robot.clickOn("#mergeField").write(Long.toString(entityB));
        robot.clickOn("#mergeButton");
        waitFor(() -> records(robot).getItems().size() == 4);

        assertEquals(workspace.linkage().entityOf(a), workspace.linkage().entityOf(b));
        Decision d = workspace.linkage().decisions().get(0);
        assertEquals(Decision.Action.MERGE, d.action());
        ListView<?> decisions = robot.lookup("#businessDecisions").queryAs(ListView.class);
        waitFor(() -> decisions.getItems().get(0).toString().contains("same business (merged)"));
    }
}
