package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.SourceSummary;
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

/** Headless walk through the import wizard, driven from the keyboard as an analyst would. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;
    private final DialogService dialogs = mock(DialogService.class);

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("ws-" + System.nanoTime()));
        tasks = new TaskRunner();
        MainWindowFixture.show(stage, workspace, dialogs, tasks);
    }

    @AfterEach
    void close() throws TimeoutException {
        MainWindowFixture.close(tasks, workspace);
    }

    private Path fireCsv() throws IOException {
        return Files.writeString(dir.resolve("fire.csv"), "Brackford Fire and Rescue\n\nAddress,Post Code,Risk\n"
                + "12 The Broadway,BK1 2AB,High\nUnit 3 Mill Lane,BK2 1CD,Low\n");
    }

    private static void waitForStep(FxRobot robot, String title) throws TimeoutException {
        waitUntil(() -> title.equals(robot.lookup(".wizard-title").queryAs(Label.class).getText()));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void importsAFileThroughEveryStepFromTheKeyboard(FxRobot robot) throws Exception {
        Path file = fireCsv();
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#filePathField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#filePathField").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#sourceNameBox").write("Fire");
        @SuppressWarnings("unchecked")
        ComboBox<AgencyKind> kinds = robot.lookup("#kindBox").queryAs(ComboBox.class);
        robot.interact(() -> kinds.setValue(AgencyKind.FIRE));

        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Import (2 of 6): sheet and header row");
        assertEquals(5, robot.lookup("#previewTable").queryAs(TableView.class).getItems().size(),
                "every line of the file, title and blank rows included, so the analyst sees where the header is");
        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Import (3 of 6): what each column means");
        assertEquals(3, robot.lookup("#mappingTable").queryAs(TableView.class).getItems().size());
        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Import (4 of 6): risk scale");
        assertEquals(2, robot.lookup("#riskTable").queryAs(TableView.class).getItems().size());
        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Import (5 of 6): check");
        robot.type(KeyCode.ENTER);                                    // import

        waitUntil(() -> robot.lookup("#resultLabel").queryAs(Label.class).getText().startsWith("Imported"));
        assertTrue(robot.lookup("#resultLabel").queryAs(Label.class).getText()
                .startsWith("Imported 2 records into 'Fire'"));
        robot.type(KeyCode.ESCAPE);                                   // close the wizard

        @SuppressWarnings("unchecked")
        TableView<SourceSummary> sources = robot.lookup("#sourcesTable").queryAs(TableView.class);
        waitUntil(() -> sources.getItems().size() == 1);
        assertEquals("Fire", sources.getItems().get(0).source().name());
        assertEquals(2, sources.getItems().get(0).currentRecords());
    }

    @Test
    void theFirstStepSaysWhatIsMissingInsteadOfMovingOn(FxRobot robot) throws Exception {
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#nextButton").tryQuery().isPresent());
        robot.clickOn("#nextButton");
        assertEquals("Choose the agency's file to import.", robot.lookup("#errorLabel").queryAs(Label.class).getText());
    }
}
