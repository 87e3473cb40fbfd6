package org.crosscheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.ingest.ImportRequest;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.ProgressSink;
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

/** Headless: the Linking screen runs a link in the background and shows the run's figures. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinkingUiTest {
    private static final String[] WORDS = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
        "India", "Juliet"};
    @TempDir
    static Path dir;
    private Workspace workspace;
    private TaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(dir.resolve("ws-" + System.nanoTime()));
        StringBuilder foodRows = new StringBuilder("FHRSID,Premises Name,Address,Post Code,Tel\n");
        StringBuilder fireRows = new StringBuilder("Ref,Occupier,Address,Postcode,Tel\n");
        for (int i = 1; i <= 40; i++) {
            String postcode = "BK" + (1 + i % 9) + " " + (1 + i % 7) + "A" + (char) ('A' + i % 26);
            foodRows.append(i).append(",Cafe ").append(WORDS[i % 10]).append(' ').append(WORDS[i / 10]).append(',')
                    .append(i).append(" High Street,").append(postcode).append(",07700 9").append(1000 + i).append('\n');
            if (i <= 20) {
                fireRows.append('F').append(i).append(",CAFE ").append(WORDS[i % 10].toUpperCase()).append(' ')
                        .append(WORDS[i / 10].toUpperCase()).append(" LTD,").append(i).append(" High St,")
                        .append(postcode.replace(" ", "")).append(",+44 7700 9").append(1000 + i).append('\n');
            }
        }
        Path food = Files.writeString(dir.resolve("food.csv"), foodRows);
        Path fire = Files.writeString(dir.resolve("fire.csv"), fireRows);
        ImportService imports = new ImportService(workspace);
        imports.importFile(ImportRequest.of(food, "Food", AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
        imports.importFile(ImportRequest.of(fire, "Fire", AgencyKind.FIRE), ProgressSink.NONE);
        tasks = new TaskRunner();
        MainWindowFixture.show(stage, workspace, mock(DialogService.class), tasks);
    }

    @AfterEach
    void close() throws TimeoutException {
        MainWindowFixture.close(tasks, workspace);
    }

    @Test
    void linkingAllRecordsShowsTheRunsFigures(FxRobot robot) throws Exception {
        robot.clickOn("#linkingNav");
        robot.clickOn("#runButton");
        @SuppressWarnings("unchecked")
        TableView<String[]> figures = robot.lookup("#figuresTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !figures.getItems().isEmpty());
        assertEquals("Records linked", figures.getItems().get(1)[0]);
        assertEquals("60", figures.getItems().get(1)[1]);
        assertTrue(figures.getItems().stream().anyMatch(r -> r[0].equals("Businesses") && r[1].equals("40")),
                () -> "each fire record joins its food record: 40 businesses; shown: "
                        + figures.getItems().stream().map(r -> r[0] + "=" + r[1]).toList());
    }
}
