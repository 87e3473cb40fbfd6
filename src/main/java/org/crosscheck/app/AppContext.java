package org.crosscheck.app;

import java.time.Clock;
import org.crosscheck.cli.VersionProvider;
import org.crosscheck.insight.PictureService;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.settings.AppSettings;
import org.crosscheck.settings.SettingsStore;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.ViewLoader;
import org.crosscheck.ui.common.WorkspaceActions;
import org.crosscheck.ui.importwizard.ImportWizardController;
import org.crosscheck.ui.importwizard.ImportWizardLauncher;
import org.crosscheck.ui.importwizard.ImportWizardViewModel;
import org.crosscheck.ui.main.MainWindowController;
import org.crosscheck.ui.picture.PictureController;
import org.crosscheck.ui.picture.PictureViewModel;
import org.crosscheck.ui.referrals.ReferralsController;
import org.crosscheck.ui.referrals.ReferralsViewModel;
import org.crosscheck.ui.tasking.TaskingController;
import org.crosscheck.ui.tasking.TaskingViewModel;
import org.crosscheck.ui.sources.SourcesController;
import org.crosscheck.ui.sources.SourcesViewModel;

/**
 * The composition root: builds services once for an open workspace and makes each screen's controller with its
 * view model (FXMLLoader calls {@link #controllerFor}). No singletons, no service locator.
 */
public final class AppContext {
    private final Workspace workspace;
    private final DialogService dialogs;
    private final TaskRunner taskRunner;
    private final ImportService importService;
    private final BackgroundWork mainWork;
    private final ViewLoader viewLoader;
    private final WorkspaceActions workspaceActions;
    private final SettingsStore settings;

    public AppContext(Workspace workspace, DialogService dialogs, TaskRunner taskRunner) {
        this(workspace, dialogs, taskRunner, WorkspaceActions.NONE, SettingsStore.inAppData());
    }

    /** With the app's workspace actions (File menu) and the analyst's settings (name, thresholds, stale days). */
    public AppContext(Workspace workspace, DialogService dialogs, TaskRunner taskRunner,
                      WorkspaceActions workspaceActions, SettingsStore settings) {
        this.workspaceActions = workspaceActions;
        this.settings = settings;
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.taskRunner = taskRunner;
        this.importService = new ImportService(workspace);
        this.mainWork = new BackgroundWork(taskRunner, dialogs);
        this.viewLoader = new ViewLoader(this::controllerFor);
    }

    public ViewLoader viewLoader() {
        return viewLoader;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** True while background work (import, link, sample) runs on this workspace. */
    public boolean isBusy() {
        return mainWork.runningProperty().get();
    }

    Object controllerFor(Class<?> type) {
        // read on each screen's creation, so that a change in Preferences applies from the next screen shown
        AppSettings prefs = settings.load();
        if (type == MainWindowController.class) {
            return new MainWindowController(viewLoader, mainWork, dialogs, workspace.directory(),
                    VersionProvider.version(), workspaceActions);
        }
        if (type == SourcesController.class) {
            SampleWorkspaceLoader sample = new SampleWorkspaceLoader(importService).thenLinking(
                    new org.crosscheck.linkage.LinkageService(workspace, VersionProvider.version()),
                    org.crosscheck.linkage.LinkageSettings.defaults().withThresholds(prefs.matchThreshold(),
                            prefs.reviewThreshold()));
            SourcesViewModel vm = new SourcesViewModel(workspace, mainWork, sample,
                    workspace.directory().resolve("sample-data"));
            vm.setStaleDays(prefs.staleDays());
            return new SourcesController(vm, new ImportWizardLauncher(viewLoader));
        }
        if (type == org.crosscheck.ui.linkrun.LinkingController.class) {
            org.crosscheck.ui.linkrun.LinkingViewModel vm = new org.crosscheck.ui.linkrun.LinkingViewModel(
                    new org.crosscheck.linkage.LinkageService(workspace, VersionProvider.version()), mainWork);
            vm.matchThresholdProperty().set(prefs.matchThreshold());
            vm.reviewThresholdProperty().set(prefs.reviewThreshold());
            return new org.crosscheck.ui.linkrun.LinkingController(vm);
        }
        if (type == org.crosscheck.ui.review.ReviewController.class) {
            return new org.crosscheck.ui.review.ReviewController(new org.crosscheck.ui.review.ReviewViewModel(
                    new org.crosscheck.review.ReviewService(workspace, new org.crosscheck.linkage.ExplanationFormatter()),
                    new BackgroundWork(taskRunner, dialogs), prefs.analystName(), sink -> {
                        var linkage = new org.crosscheck.linkage.LinkageService(workspace, VersionProvider.version());
                        return linkage.learnFromDecisions(linkage.lastSettings(), sink);
                    }));
        }
        if (type == PictureController.class) {
            PictureService picture = new PictureService(workspace);
            return new PictureController(new PictureViewModel(picture,
                    new TaskingService(workspace, picture, Clock.systemDefaultZone()), new BackgroundWork(taskRunner,
                    dialogs), prefs.analystName()));
        }
        if (type == TaskingController.class) {
            PictureService picture = new PictureService(workspace);
            return new TaskingController(new TaskingViewModel(new TaskingService(workspace, picture,
                    Clock.systemDefaultZone()), new BackgroundWork(taskRunner, dialogs), prefs.analystName()));
        }
        if (type == ReferralsController.class) {
            PictureService picture = new PictureService(workspace);
            return new ReferralsController(new ReferralsViewModel(new ReferralService(workspace, picture,
                    Clock.systemDefaultZone()), picture, new BackgroundWork(taskRunner, dialogs), prefs.analystName()));
        }
        if (type == org.crosscheck.ui.businesses.BusinessesController.class) {
            return new org.crosscheck.ui.businesses.BusinessesController(
                    new org.crosscheck.ui.businesses.BusinessesViewModel(
                            new org.crosscheck.review.EntityService(workspace,
                                    new org.crosscheck.linkage.ExplanationFormatter()),
                            new org.crosscheck.insight.BusinessSearchService(workspace), sink -> {
                                var linkage = new org.crosscheck.linkage.LinkageService(workspace,
                                        VersionProvider.version());
                                linkage.link(linkage.lastSettings(), true, sink);
                            }, new BackgroundWork(taskRunner, dialogs), prefs.analystName()));
        }
        if (type == org.crosscheck.ui.exports.ExportsController.class) {
            return new org.crosscheck.ui.exports.ExportsController(new org.crosscheck.ui.exports.ExportsViewModel(
                    org.crosscheck.export.ExportService.of(workspace), new BackgroundWork(taskRunner, dialogs), dialogs,
                    new org.crosscheck.ui.exports.FxPagePrinter(() -> javafx.stage.Window.getWindows().stream()
                            .filter(javafx.stage.Window::isFocused).findFirst().orElse(null)),
                    () -> new org.crosscheck.review.ReviewService(workspace,
                            new org.crosscheck.linkage.ExplanationFormatter()).progress(), prefs.analystName()));
        }
        if (type == ImportWizardController.class) {
            return new ImportWizardController(new ImportWizardViewModel(importService,
                    new BackgroundWork(taskRunner, dialogs)), dialogs);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
