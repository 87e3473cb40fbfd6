package org.crosscheck.app;

import java.time.Clock;
import org.crosscheck.cli.VersionProvider;
import org.crosscheck.insight.PictureService;
import org.crosscheck.tasking.ReferralService;
import org.crosscheck.tasking.TaskingService;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.jobs.fx.TaskRunner;
import org.crosscheck.sampledata.SampleWorkspaceLoader;
import org.crosscheck.storage.Workspace;
import org.crosscheck.ui.common.BackgroundWork;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.ViewLoader;
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

    public AppContext(Workspace workspace, DialogService dialogs, TaskRunner taskRunner) {
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

    /** The name decisions, visits and referrals are recorded under. */
    private static String analyst() {
        return System.getProperty("user.name", "analyst");
    }

    Object controllerFor(Class<?> type) {
        if (type == MainWindowController.class) {
            return new MainWindowController(viewLoader, mainWork, dialogs, workspace.directory(),
                    VersionProvider.version());
        }
        if (type == SourcesController.class) {
            SourcesViewModel vm = new SourcesViewModel(workspace, mainWork, new SampleWorkspaceLoader(importService),
                    workspace.directory().resolve("sample-data"));
            return new SourcesController(vm, new ImportWizardLauncher(viewLoader));
        }
        if (type == org.crosscheck.ui.linkrun.LinkingController.class) {
            return new org.crosscheck.ui.linkrun.LinkingController(new org.crosscheck.ui.linkrun.LinkingViewModel(
                    new org.crosscheck.linkage.LinkageService(workspace, VersionProvider.version()), mainWork));
        }
        if (type == org.crosscheck.ui.review.ReviewController.class) {
            return new org.crosscheck.ui.review.ReviewController(new org.crosscheck.ui.review.ReviewViewModel(
                    new org.crosscheck.review.ReviewService(workspace, new org.crosscheck.linkage.ExplanationFormatter()),
                    new BackgroundWork(taskRunner, dialogs), System.getProperty("user.name", "analyst")));
        }
        if (type == PictureController.class) {
            PictureService picture = new PictureService(workspace);
            return new PictureController(new PictureViewModel(picture,
                    new TaskingService(workspace, picture, Clock.systemDefaultZone()), new BackgroundWork(taskRunner,
                    dialogs), analyst()));
        }
        if (type == TaskingController.class) {
            PictureService picture = new PictureService(workspace);
            return new TaskingController(new TaskingViewModel(new TaskingService(workspace, picture,
                    Clock.systemDefaultZone()), new BackgroundWork(taskRunner, dialogs), analyst()));
        }
        if (type == ReferralsController.class) {
            PictureService picture = new PictureService(workspace);
            return new ReferralsController(new ReferralsViewModel(new ReferralService(workspace, picture,
                    Clock.systemDefaultZone()), picture, new BackgroundWork(taskRunner, dialogs), analyst()));
        }
        if (type == ImportWizardController.class) {
            return new ImportWizardController(new ImportWizardViewModel(importService,
                    new BackgroundWork(taskRunner, dialogs)), dialogs);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
