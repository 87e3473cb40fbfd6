package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.tasking.FeedbackVerdict;
import org.crosscheck.domain.tasking.OutcomeKind;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.domain.tasking.VisitStatus;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.testing.LinkedSample;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.picture.QuickFilter;
import org.crosscheck.ui.tasking.VisitRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless walk-through of the weekly job on the linked sample: filter the picture to businesses with a concern from
 * 3+ agencies, put two on the tasking list, move one to visited and record an outcome, then record a referral and
 * its feedback.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PictureTaskingUiTest {
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(LinkedSample.copyTo(dir.resolve("ws-" + System.nanoTime())));
        tasks = new TaskRunner();
        DialogService dialogs = MainWindowFixture.dialogsRecordingErrors(errors);
        MainWindowFixture.show(stage, workspace, dialogs, tasks);
    }

    @AfterEach
    void close() throws TimeoutException {
        MainWindowFixture.close(tasks, workspace);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filterTaskRecordAnOutcomeAndReferWithFeedback(FxRobot robot) throws Exception {
        robot.clickOn("#pictureNav");
        TableView<BusinessProfile> businesses = robot.lookup("#businessTable").queryAs(TableView.class);
        waitFor(() -> !businesses.getItems().isEmpty());
        int everyone = businesses.getItems().size();

        ComboBox<QuickFilter> quick = robot.lookup("#quickFilter").queryAs(ComboBox.class);
        robot.interact(() -> quick.getSelectionModel().select(QuickFilter.INTEREST_THREE));
        waitFor(() -> businesses.getItems().size() < everyone);
        assertTrue(businesses.getItems().stream().allMatch(p -> p.interestCount() >= 3));
        assertTrue(robot.lookup("#countLabel").queryAs(Label.class).getText()
                .startsWith(businesses.getItems().size() + " of"));

        robot.interact(() -> {
            businesses.getSelectionModel().clearSelection();
            businesses.getSelectionModel().selectIndices(0, 1);
        });
        robot.clickOn("#addToTaskingButton");
        waitFor(() -> workspace.tasking().visits().size() == 2);
        List<Long> chosen = List.of(businesses.getItems().get(0).entityId(), businesses.getItems().get(1).entityId());
        assertEquals(chosen, workspace.tasking().visits().stream().map(Visit::entityId).sorted(
                java.util.Comparator.comparingInt(chosen::indexOf)).toList());

        robot.clickOn("#taskingNav");
        TableView<VisitRow> visits = robot.lookup("#visitTable").queryAs(TableView.class);
        waitFor(() -> visits.getItems().size() == 2);
        robot.interact(() -> visits.getSelectionModel().select(0));
        long visitId = visits.getItems().get(0).visit().id();
        waitFor(() -> robot.lookup("#status-AGREED").tryQuery().isPresent());
        robot.clickOn("#status-AGREED");
        waitFor(() -> status(visitId) == VisitStatus.AGREED && robot.lookup("#status-VISITED").tryQuery().isPresent());
        robot.clickOn("#status-VISITED");
        waitFor(() -> status(visitId) == VisitStatus.VISITED);

        ComboBox<AgencyKind> agency = robot.lookup("#outcomeAgency").queryAs(ComboBox.class);
        ComboBox<OutcomeKind> kind = robot.lookup("#outcomeKind").queryAs(ComboBox.class);
        waitFor(() -> !agency.getItems().isEmpty());
        AgencyKind attending = agency.getItems().get(0);
        robot.interact(() -> {
            agency.getSelectionModel().select(attending);
            kind.getSelectionModel().select(OutcomeKind.NOTICE);
        });
        // the outcomes are at the foot of the visit editor: scroll down to them, as the analyst would
        robot.interact(() -> robot.lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#outcomeNote").write("fire exit locked");
        robot.clickOn("#addOutcome");
        waitFor(() -> workspace.tasking().outcomes().size() == 1);
        assertEquals(attending, workspace.tasking().outcomes().get(0).agency());
        assertEquals("fire exit locked", workspace.tasking().outcomes().get(0).note());

        robot.clickOn("#referralsNav");
        String name = businesses.getItems().get(0).name();
        robot.clickOn("#businessSearch").write(name.split(" ")[0]);
        ListView<BusinessProfile> matches = robot.lookup("#matchList").queryAs(ListView.class);
        waitFor(() -> !matches.getItems().isEmpty());
        robot.interact(() -> matches.getSelectionModel().select(0));
        robot.clickOn("#matchList").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#chosenBusiness").queryAs(Label.class).getText().startsWith("About:"));
        robot.clickOn("#officerField").write("PC Ahmed");
        ComboBox<AgencyKind> from = robot.lookup("#fromBox").queryAs(ComboBox.class);
        ComboBox<AgencyKind> to = robot.lookup("#toBox").queryAs(ComboBox.class);
        robot.interact(() -> {
            from.getSelectionModel().select(AgencyKind.POLICE);
            to.getSelectionModel().select(AgencyKind.HMRC);
        });
        ListView<?> indicators = robot.lookup("#indicatorList").queryAs(ListView.class);
        waitFor(() -> !indicators.getItems().isEmpty());
        robot.clickOn(robot.lookup("#indicatorList .check-box").queryAs(CheckBox.class));
        robot.interact(() -> robot.lookup("#referralFormScroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0.6));
        robot.clickOn("#saveReferral");
        waitFor(() -> workspace.referrals().referrals().size() == 1);
        Referral saved = workspace.referrals().referrals().get(0);
        assertEquals(AgencyKind.HMRC, saved.targetAgency());
        assertEquals(1, saved.indicators().size());
        assertTrue(saved.awaitingFeedback());

        TableView<Referral> referrals = robot.lookup("#referralTable").queryAs(TableView.class);
        waitFor(() -> referrals.getItems().size() == 1);
        robot.interact(() -> referrals.getSelectionModel().select(0));
        robot.clickOn("#feedbackNote").write("VAT visit booked");
        robot.clickOn("#feedbackActedOn");
        waitFor(() -> !workspace.referrals().referrals().get(0).awaitingFeedback());
        assertEquals(FeedbackVerdict.ACTED_ON, workspace.referrals().referrals().get(0).latestFeedback().verdict());
        assertEquals(List.of(), errors);
    }

    private VisitStatus status(long visitId) {
        return workspace.tasking().visit(visitId).orElseThrow().status();
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; errors shown: " + errors, e);
        }
    }
}
