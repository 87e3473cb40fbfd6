package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.app.WorkspaceSession;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.settings.AppSettings;
import org.crosscheck.settings.SettingsStore;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.welcome.NewWorkspaceRequest;
import org.crosscheck.ui.welcome.WorkspaceDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: the first-run welcome screen opens the sample, a new workspace, a recent one; Preferences persist. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WelcomeUiTest {
    @TempDir
    static Path dir;
    private Path base;
    private Path alpha;
    private Path beta;
    private SettingsStore store;
    private TaskRunner tasks;
    private WorkspaceSession session;
    private final DialogService dialogs = mock(DialogService.class);
    private final WorkspaceDialogs workspaceDialogs = mock(WorkspaceDialogs.class);

    @Start
    void start(Stage stage) {
        base = dir.resolve("t" + System.nanoTime()).toAbsolutePath();
        alpha = base.resolve("alpha");
        beta = base.resolve("beta");
        Workspace.open(alpha).close();
        Workspace.open(beta).close();
        store = new SettingsStore(base.resolve("appdata").resolve("settings.json"));
        store.save(AppSettings.defaults().withRecent(alpha).withRecent(beta));
        tasks = new TaskRunner();
        // as WorkbenchApp does: one window size throughout (Monocle's painter fails when a shown window grows)
        stage.setWidth(1200);
        stage.setHeight(780);
        session = new WorkspaceSession(stage, store, tasks, dialogs, workspaceDialogs, base.resolve("sample"));
        session.showWelcome();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxToolkit.cleanupStages();
        robot.interact(session::closeWorkspace);
        tasks.shutdown();
    }

    private static String awaitMainWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workspaceLabel").tryQuery().isPresent());
        return robot.lookup("#workspaceLabel").queryAs(Label.class).getText();
    }

    @Test
    void recentWorkspacesAreListedNewestFirst(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Path> recent = robot.lookup("#recentList").queryAs(ListView.class);
        assertEquals(List.of(beta, alpha), List.copyOf(recent.getItems()));
    }

    @Test
    void openingARecentWorkspaceShowsItAndMovesItToTheTop(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Path> recent = robot.lookup("#recentList").queryAs(ListView.class);
        robot.interact(() -> recent.getSelectionModel().select(alpha));
        robot.clickOn("#openRecentButton");
        assertEquals("Workspace: " + alpha, awaitMainWindow(robot));
        assertEquals(List.of(alpha, beta), store.load().recentWorkspaces());
    }

    @Test
    void aNewProtectedWorkspaceIsCreatedEncryptedAndOpened(FxRobot robot) throws Exception {
        Path created = base.resolve("new");
        when(workspaceDialogs.askNewWorkspace(any())).thenReturn(
                Optional.of(new NewWorkspaceRequest(created, "long enough".toCharArray())));
        robot.clickOn("#newWorkspaceButton");
        assertEquals("Workspace: " + created, awaitMainWindow(robot));
        assertTrue(Workspace.exists(created));
        assertTrue(Workspace.isEncrypted(created));
        assertEquals(created, store.load().recentWorkspaces().get(0));
    }

    @Test
    void aProtectedWorkspaceAsksForItsPasswordAgainWhenItWasWrong(FxRobot robot) throws Exception {
        Path secret = base.resolve("secret");
        Workspace.open(secret, "right password".toCharArray()).close();
        when(workspaceDialogs.askPassword(secret, false)).thenReturn(Optional.of("wrong".toCharArray()));
        when(workspaceDialogs.askPassword(secret, true)).thenReturn(Optional.of("right password".toCharArray()));
        robot.interact(() -> session.openWorkspace(secret));
        assertEquals("Workspace: " + secret, awaitMainWindow(robot));
        verify(workspaceDialogs).askPassword(secret, true);
    }

    @Test
    void aRecentWorkspaceThatWasDeletedIsTakenOffTheList(FxRobot robot) {
        Path gone = base.resolve("gone");
        robot.interact(() -> session.openWorkspace(gone));
        verify(dialogs).showInformation(eq("Workspace not found"), anyString());
        assertEquals(List.of(beta, alpha), store.load().recentWorkspaces());
    }

    @Test
    void enterOpensTheSamplePartnershipWithItsTenAgencies(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#openSampleButton").queryAs(Button.class).isDefaultButton());
        robot.type(KeyCode.ENTER);
        assertEquals("Workspace: " + base.resolve("sample"), awaitMainWindow(robot));
        // the table sits in a split pane, whose skin adds it to the scene graph at the next layout pass
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sourcesTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> sources = robot.lookup("#sourcesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> sources.getItems().size() == 10
                || !org.mockito.Mockito.mockingDetails(dialogs).getInvocations().isEmpty());
        assertEquals(10, sources.getItems().size(),
                () -> "dialogs shown: " + org.mockito.Mockito.mockingDetails(dialogs).getInvocations());
        assertEquals(base.resolve("sample"), store.load().recentWorkspaces().get(0));
    }

    @Test
    void theAnalystNameSavedInPreferencesIsKept(FxRobot robot) {
        robot.clickOn("#preferencesLink");
        TextField name = robot.lookup("#analystNameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Priya Shah"));
        robot.clickOn("#preferencesSave");
        assertEquals("Priya Shah", store.load().analystName());
        assertTrue(robot.lookup("#analystNameField").tryQuery().isEmpty(), "the dialog closes on save");
    }
}
