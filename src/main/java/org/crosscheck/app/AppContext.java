package org.crosscheck.app;

import org.crosscheck.cli.VersionProvider;
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
                    new BackgroundWork(taskRunner, dialogs), System.getProperty("user.name", "analyst"), sink -> {
                        var linkage = new org.crosscheck.linkage.LinkageService(workspace, VersionProvider.version());
                        return linkage.learnFromDecisions(linkage.lastSettings(), sink);
                    }));
        }
        if (type == org.crosscheck.ui.businesses.BusinessesController.class) {
            return new org.crosscheck.ui.businesses.BusinessesController(
                    new org.crosscheck.ui.businesses.BusinessesViewModel(
                            new org.crosscheck.review.EntityService(workspace),
                            new org.crosscheck.insight.BusinessSearchService(workspace), sink -> {
                                var linkage = new org.crosscheck.linkage.LinkageService(workspace,
                                        VersionProvider.version());
                                linkage.link(linkage.lastSettings(), true, sink);
                            }, new BackgroundWork(taskRunner, dialogs), System.getProperty("user.name", "analyst")));
        }
        if (type == ImportWizardController.class) {
            return new ImportWizardController(new ImportWizardViewModel(importService,
                    new BackgroundWork(taskRunner, dialogs)), dialogs);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
