package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.insight.PictureService;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.testing.LinkedSample;
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

/** Headless: the Exports screen refuses to export until a recipient is chosen, then writes a logged pack. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportsUiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;
    private Path packFile;
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(LinkedSample.copyTo(dir.resolve("ws-" + System.nanoTime())));
        PictureService picture = new PictureService(workspace);
        new TaskingService(workspace, picture, Clock.systemDefaultZone()).add(new NewVisit(
                picture.ranked().get(0).entityId(), 1, AgencyKind.FIRE, DAY, 2, VisitPurpose.ENFORCEMENT, null,
                List.of(new org.crosscheck.domain.tasking.Attendance(AgencyKind.FIRE, "test"))), "tester");
        tasks = new TaskRunner();
        packFile = dir.resolve("pack-" + System.nanoTime() + ".xlsx");
        DialogService dialogs = MainWindowFixture.dialogsRecordingErrors(errors);
        when(dialogs.chooseSaveFile(anyString(), anyString(), eq("xlsx"))).thenReturn(Optional.of(packFile));
        MainWindowFixture.show(stage, workspace, dialogs, tasks);
    }

    @AfterEach
    void close() throws TimeoutException {
        MainWindowFixture.close(tasks, workspace);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPackIsWrittenForTheChosenRecipientAndLogged(FxRobot robot) throws Exception {
        robot.clickOn("#exportsNav");
        Button pack = robot.lookup("#packButton").queryAs(Button.class);
        assertTrue(pack.isDisabled(), "no export before a recipient is chosen");
        ImageView chart = robot.lookup("#chartView").queryAs(ImageView.class);
        waitFor(() -> chart.getImage() != null);
        assertEquals(900, chart.getImage().getWidth());

        ComboBox<Recipient> recipient = robot.lookup("#recipientBox").queryAs(ComboBox.class);
        DatePicker week = robot.lookup("#weekPicker").queryAs(DatePicker.class);
        robot.interact(() -> {
            recipient.setValue(Recipient.of(AgencyKind.FIRE));
            week.setValue(DAY);
        });
        waitFor(() -> !pack.isDisabled());
        robot.clickOn("#packButton");

        waitFor(() -> Files.exists(packFile));
        try (XSSFWorkbook wb = new XSSFWorkbook(packFile.toFile())) {
            assertNotNull(wb.getSheet("Tasking list"));
        }
        TableView<ExportLogEntry> log = robot.lookup("#logTable").queryAs(TableView.class);
        waitFor(() -> !log.getItems().isEmpty());
        assertEquals(List.of("FIRE", "tasking-pack", packFile.toString()), List.of(log.getItems().get(0).recipientKey(),
                log.getItems().get(0).what(), log.getItems().get(0).fileName()));
        assertEquals(List.of(), errors);
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; errors shown: " + errors, e);
        }
    }
}
