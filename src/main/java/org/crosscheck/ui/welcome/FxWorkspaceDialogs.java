package org.crosscheck.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The JavaFX versions of the workspace dialogs, owned by the app's window. */
public final class FxWorkspaceDialogs implements WorkspaceDialogs {
    /** Shortest password accepted for a new workspace. */
    static final int MIN_PASSWORD = 8;
    private final Window owner;

    public FxWorkspaceDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<NewWorkspaceRequest> askNewWorkspace(Path suggestedFolder) {
        Dialog<NewWorkspaceRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New workspace");
        styled(dialog);
        dialog.setHeaderText("Create a new workspace");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);

        TextField folder = new TextField(suggestedFolder == null ? "" : suggestedFolder.toString());
        folder.setId("newWorkspaceFolder");
        folder.setPrefColumnCount(36);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose an empty folder for the new workspace");
            Path start = folder.getText().isBlank() ? null : Path.of(folder.getText()).getParent();
            if (start != null && Files.isDirectory(start)) {
                chooser.setInitialDirectory(start.toFile());
            }
            java.io.File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        CheckBox protect = new CheckBox("Protect with a password (the workspace file is encrypted)");
        protect.setId("protectCheck");
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassword");
        password.disableProperty().bind(protect.selectedProperty().not());
        repeat.disableProperty().bind(protect.selectedProperty().not());
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        Label warning = new Label("Keep the password safe: without it nobody, not even IT, can open the workspace.");
        warning.setWrapText(true);
        warning.visibleProperty().bind(protect.selectedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Folder:"), new HBox(6, folder, browse));
        grid.add(protect, 1, 1);
        grid.addRow(2, new Label("Password:"), password);
        grid.addRow(3, new Label("Repeat it:"), repeat);
        grid.add(warning, 1, 4);
        grid.add(problem, 1, 5);
        dialog.getDialogPane().setContent(grid);

        BooleanBinding invalid = Bindings.createBooleanBinding(() -> {
            String why = newWorkspaceProblem(folder.getText(), protect.isSelected(), password.getText(),
                    repeat.getText());
            problem.setText(why == null ? "" : why);
            return why != null;
        }, folder.textProperty(), protect.selectedProperty(), password.textProperty(), repeat.textProperty());
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("createWorkspaceButton");
        createButton.disableProperty().bind(invalid);
        Platform.runLater(folder::requestFocus);
        dialog.setResultConverter(b -> b == create ? new NewWorkspaceRequest(Path.of(folder.getText().strip()),
                protect.isSelected() ? password.getText().toCharArray() : null) : null);
        return dialog.showAndWait();
    }

    private static void styled(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(
                FxWorkspaceDialogs.class.getResource("/org/crosscheck/ui/common/app.css").toExternalForm());
    }

    /** Why the new-workspace form cannot be accepted yet, or null when it can. */
    static String newWorkspaceProblem(String folder, boolean protect, String password, String repeat) {
        if (folder == null || folder.isBlank()) {
            return "Choose a folder for the workspace.";
        }
        Path dir;
        try {
            dir = Path.of(folder.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return "That is not a folder name this computer accepts.";
        }
        if (Files.exists(dir.resolve("crosscheck.mv.db"))) {
            return "That folder already holds a workspace: use Open workspace… instead.";
        }
        if (protect && password.length() < MIN_PASSWORD) {
            return "The password needs at least " + MIN_PASSWORD + " characters.";
        }
        if (protect && !password.equals(repeat)) {
            return "The two passwords are not the same.";
        }
        return null;
    }

    @Override
    public Optional<char[]> askPassword(Path folder, boolean wrongBefore) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password");
        styled(dialog);
        dialog.setHeaderText("This workspace is protected by a password");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        PasswordField password = new PasswordField();
        password.setId("workspacePassword");
        Label where = new Label("Workspace: " + folder);
        Label wrong = new Label(wrongBefore ? "That password was not right. Check it (capital letters count) and "
                + "try again." : "");
        wrong.getStyleClass().add("dialog-problem");
        wrong.setWrapText(true);
        VBox box = new VBox(8, where, password, wrong);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(password.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(open).setId("passwordOpenButton");
        Platform.runLater(password::requestFocus);
        dialog.setResultConverter(b -> b == open ? password.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        password.clear();
        return result;
    }
}
