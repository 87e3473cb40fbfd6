package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.ReviewProgress;
import org.crosscheck.domain.sharing.ExportLogEntry;
import org.crosscheck.domain.sharing.Recipient;
import org.crosscheck.domain.tasking.Attendance;
import org.crosscheck.domain.tasking.NewVisit;
import org.crosscheck.domain.tasking.VisitPurpose;
import org.crosscheck.export.ExportService;
import org.crosscheck.insight.PictureService;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.storage.Workspace;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.testing.LinkedSample;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.exports.ExportsViewModel;
import org.crosscheck.ui.exports.PagePrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Printing briefings: A4 page images go to the printer the analyst chose, and the print is logged; a cancel is not. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportsPrintUiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;
    private final List<List<byte[]>> printed = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(LinkedSample.copyTo(dir.resolve("ws-" + System.nanoTime())));
        PictureService picture = new PictureService(workspace);
        TaskingService tasking = new TaskingService(workspace, picture, Clock.systemDefaultZone());
        for (int i = 0; i < 2; i++) {
            tasking.add(new NewVisit(picture.ranked().get(i).entityId(), 1, AgencyKind.FIRE, DAY, 2,
                    VisitPurpose.ENFORCEMENT, null, List.of(new Attendance(AgencyKind.FIRE, "test"))), "tester");
        }
        tasks = new TaskRunner();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        workspace.close();
    }

    private ExportsViewModel viewModel(Optional<String> printerChosen) {
        PagePrinter printer = (job, pages) -> {
            printed.add(pages);
            return printerChosen;
        };
        DialogService dialogs = mock(DialogService.class);
        return new ExportsViewModel(ExportService.of(workspace), new BackgroundWork(tasks, dialogs), dialogs, printer,
                () -> new ReviewProgress(0, 0, 0, 0), "Printing Analyst");
    }

    @Test
    void printedBriefingsAreA4PagesAndTheirPrintIsLogged(FxRobot robot) throws Exception {
        ExportsViewModel vm = viewModel(Optional.of("Office printer"));
        robot.interact(() -> {
            vm.recipientProperty().set(Recipient.of(AgencyKind.HMRC));
            vm.weekProperty().set(DAY);
            vm.printBriefings();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.log().isEmpty());

        assertEquals(1, printed.size());
        assertEquals(2, printed.get(0).size(), "one page per business");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(printed.get(0).get(0)));
        assertEquals(210.0 / 297.0, (double) page.getWidth() / page.getHeight(), 0.01, "A4 portrait");
        ExportLogEntry entry = vm.log().get(0);
        assertEquals(List.of("Printing Analyst", "HMRC", ExportService.PRINT, 2), List.of(entry.user(),
                entry.recipientKey(), entry.what(), entry.businesses()));
        assertTrue(entry.fileName().contains("Office printer"), entry.fileName());
    }

    @Test
    void aCancelledPrintIsNotLogged(FxRobot robot) throws Exception {
        ExportsViewModel vm = viewModel(Optional.empty());
        robot.interact(() -> {
            vm.recipientProperty().set(Recipient.PARTNERSHIP_MEETING);
            vm.weekProperty().set(DAY);
            vm.printBriefings();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Nothing printed.".equals(vm.messageProperty().get()));

        assertEquals(1, printed.size());
        assertEquals(List.of(), ExportService.of(workspace).sharing().log());
    }
}
