package org.crosscheck.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.jobs.CancelledException;
import org.crosscheck.storage.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX dialogs. Owned by the main window so that they stay on top of it. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof CancelledException) {
            showInformation(title, "Cancelled. Nothing was changed.");
            return;
        }
        boolean userFixable = cause instanceof WorkbenchException;
        if (userFixable) {
            LOG.info("{}: {}", title, cause.getMessage());
        } else {
            LOG.error(title, cause);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        String message = userFixable ? cause.getMessage()
                : "Something unexpected went wrong. Nothing was half-written; your work is safe.\n"
                + "The details are in the log: " + AppPaths.logFile();
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(new VBox(new Label("Details (for IT support):"), details));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> chooseSpreadsheet(Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an agency spreadsheet");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Spreadsheets (*.xlsx, *.xls, *.csv, *.txt)", "*.xlsx", "*.xls",
                        "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path startFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files (*." + extension + ")", "*." + extension));
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        // some desktops return the typed name without the extension
        return chosen.map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? p : p.resolveSibling(p.getFileName() + "." + extension));
    }

    private static Throwable unwrap(Throwable t) {
        // a failure inside a background task can arrive wrapped once by the executor
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
