package org.convscope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.settings.SettingsStore;

/**
 * The desktop app. Shows the window at once and loads the model behind it on a worker thread,
 * so the window is usable before the model file is parsed.
 */
public final class ConvScopeApp extends Application {
    private ExecutorService worker;
    private RememberedSettings settings;

    @Override
    public void start(Stage stage) {
        // One thread: loads run in the order they were asked for. A daemon, so it never holds
        // the JVM open after the window closes.
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "convscope-worker");
            thread.setDaemon(true);
            return thread;
        });
        // The same worker for the overview, the drawing and the stepper: the latter two share the weights.
        BackgroundTasks tasks = new BackgroundTasks(worker, Platform::runLater);
        ModelOverviewViewModel overview = new ModelOverviewViewModel(tasks);
        StartupTiming timing = new StartupTiming();
        overview.loadedModelProperty().addListener((o, old, loaded) -> {
            if (old == null && loaded != null) {
                timing.modelReady();
            }
        });
        // The model is read while the window is built; the result arrives through
        // Platform.runLater, after the window is on screen. Settings are written on the worker too:
        // a few hundred bytes, after any step already asked for.
        settings = RememberedSettings.open(stage, SettingsStore.forThisUser(), overview, tasks,
                ModelLoading.shippedModel(), worker, Platform::exit);
        settings.window().show();
        timing.windowShown();
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.saveNow(); // File > Quit ends the app without closing the window first
        }
        worker.shutdownNow();
    }
}
