package org.crosscheck.ui.importwizard;

import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.ui.common.ViewLoader;

/** Opens the import wizard in its own window over the main one. */
public final class ImportWizardLauncher {
    private final ViewLoader loader;

    public ImportWizardLauncher(ViewLoader loader) {
        this.loader = loader;
    }

    /**
     * Opens the wizard. {@code refreshOf} names the source being re-imported (null for a free choice);
     * {@code onClosed} runs when the window closes, imported or not.
     */
    public Stage open(Window owner, Map<String, AgencyKind> knownSources, String refreshOf, Runnable onClosed) {
        ViewLoader.Loaded<ImportWizardController> view = loader.load(ImportWizardController.class,
                "ImportWizardView.fxml");
        ImportWizardViewModel vm = view.controller().viewModel();
        vm.setKnownSources(knownSources);
        view.controller().setKnownSourceNames(vm.knownSourceNames());
        if (refreshOf != null) {
            vm.presetSource(refreshOf, knownSources.get(refreshOf));
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(refreshOf == null ? "Import an agency file" : "Re-import " + refreshOf);
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            vm.cancelImport();
            onClosed.run();
        });
        stage.show();
        return stage;
    }
}
