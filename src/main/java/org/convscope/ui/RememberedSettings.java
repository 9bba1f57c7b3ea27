package org.convscope.ui;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.convscope.ui.overview.LoadedModel;
import org.convscope.ui.overview.ModelOrigin;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.settings.Settings;
import org.convscope.ui.settings.SettingsModel;
import org.convscope.ui.settings.SettingsStore;
import org.convscope.ui.settings.WindowPlacement;

/**
 * The main window as the app opens it, with the settings of the last start: the language before
 * any text is made, the model file last opened (or the shipped model, and a status line saying
 * why), then the look, the layout and the window's place ({@linkplain WindowPlacement moved onto
 * a connected screen}). From then on every change is saved, {@value #SAVE_DELAY_MS} ms after the
 * last one, on {@code saveExecutor}; and once more, at once, when the window closes or the app
 * stops ({@link #saveNow()}).
 *
 * <p>Tests and the screenshots build a {@link MainWindow} directly and never touch a settings file.
 */
public final class RememberedSettings {
    static final long SAVE_DELAY_MS = 1000;
    private static final System.Logger LOG = System.getLogger(RememberedSettings.class.getName());

    private final Stage stage;
    private final MainWindow window;
    private final SettingsModel model;
    private final SettingsStore store;
    private final Executor saveExecutor;
    private final PauseTransition saveDelay = new PauseTransition(Duration.millis(SAVE_DELAY_MS));
    private final InvalidationListener languageChanged;
    private Settings pending;
    private boolean closed;

    private RememberedSettings(Stage stage, MainWindow window, SettingsStore store, Executor saveExecutor) {
        this.stage = stage;
        this.window = window;
        this.store = store;
        this.saveExecutor = saveExecutor;
        this.model = new SettingsModel(window.appearance());
        languageChanged = o -> model.languageProperty().set(Messages.getLanguage());
    }

    /**
     * Builds and fills the main window on {@code stage} with {@code store}'s settings, and starts
     * loading its model on {@code tasks}; {@link MainWindow#show()} is the caller's.
     *
     * @param saveExecutor where the settings are written after a change (a worker in the app,
     *                     {@code Runnable::run} in tests)
     */
    public static RememberedSettings open(Stage stage, SettingsStore store, ModelOverviewViewModel overview,
            BackgroundTasks tasks, URL shippedModel, Executor saveExecutor, Runnable quit) {
        Settings saved = store.load();
        if (saved.language() != null) {
            Messages.setLanguage(saved.language()); // before the window makes its texts
        }
        // Reading starts before the window is built, so the two overlap.
        overview.loadStartupModel(saved.lastModel(), shippedModel);
        MainWindow window = new MainWindow(stage, overview, tasks, quit);
        RememberedSettings remembered = new RememberedSettings(stage, window, store, saveExecutor);
        remembered.start(saved, overview);
        return remembered;
    }

    private void start(Settings saved, ModelOverviewViewModel overview) {
        model.apply(saved);
        model.languageProperty().set(Messages.getLanguage()); // the one shown, chosen or the system's
        place(saved.window());

        // Stage and model -> settings.
        InvalidationListener bounds = o -> recordBounds();
        for (Observable o : new Observable[] {stage.xProperty(), stage.yProperty(), stage.widthProperty(),
            stage.heightProperty(), stage.maximizedProperty()}) {
            o.addListener(bounds);
        }
        Messages.localeProperty().addListener(languageChanged);
        overview.loadedModelProperty().addListener((o, old, loaded) -> recordModel(loaded));
        recordModel(overview.getLoadedModel());

        // Settings -> file.
        saveDelay.setOnFinished(e -> saveLater());
        model.revisionProperty().addListener(o -> {
            if (!closed) {
                saveDelay.playFromStart();
            }
        });
        // Hiding, not hidden: leaving full screen on the way out must not be saved as "presenter mode off".
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> close());
    }

    /** The saved place, on a screen that is connected now; the maximized state on top of it. */
    private void place(Settings.WindowPlace place) {
        if (place == null) {
            return; // first start: the window's own default size, centred
        }
        Rectangle2D onScreen = WindowPlacement.onConnectedScreen(
                new Rectangle2D(place.x(), place.y(), place.width(), place.height()));
        stage.setX(onScreen.getMinX());
        stage.setY(onScreen.getMinY());
        stage.setWidth(onScreen.getWidth());
        stage.setHeight(onScreen.getHeight());
        stage.setMaximized(place.maximized());
        model.windowProperty().set(new Settings.WindowPlace(onScreen.getMinX(), onScreen.getMinY(),
                onScreen.getWidth(), onScreen.getHeight(), place.maximized()));
    }

    /**
     * The window's normal place: not taken while maximized or full screen (presenter mode), which
     * are remembered as such, so the window comes back to its own size when they end.
     */
    private void recordBounds() {
        if (closed || !stage.isShowing() || stage.isIconified() || Double.isNaN(stage.getX())
                || Double.isNaN(stage.getWidth())) {
            return;
        }
        Settings.WindowPlace last = model.windowProperty().get();
        if (stage.isMaximized() || stage.isFullScreen()) {
            if (last != null && last.maximized() != stage.isMaximized()) {
                model.windowProperty().set(new Settings.WindowPlace(last.x(), last.y(), last.width(),
                        last.height(), stage.isMaximized()));
            }
            return;
        }
        Settings.WindowPlace now = new Settings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), false);
        if (now.plausible()) {
            model.windowProperty().set(now);
        }
    }

    /** A model file opened is remembered; the shipped model (also after a remembered file failed) forgets it. */
    private void recordModel(LoadedModel loaded) {
        if (loaded != null) {
            model.lastModelProperty().set(loaded.origin() instanceof ModelOrigin.OpenedFile opened
                    ? opened.file().toAbsolutePath() : null);
        }
    }

    /** After the delay: the newest settings, written on the executor. */
    private void saveLater() {
        synchronized (this) {
            pending = model.snapshot();
        }
        saveExecutor.execute(this::writePending);
    }

    /** Writes the newest settings handed over; an older save still queued then finds nothing to do. */
    private void writePending() {
        Settings settings;
        synchronized (this) {
            settings = pending;
            pending = null;
        }
        if (settings == null) {
            return;
        }
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings not saved: " + e.getMessage());
        }
    }

    /** Writes the settings now, on this thread (the FX thread, at exit); no-op once the window has closed. */
    public void saveNow() {
        if (closed) {
            return;
        }
        saveDelay.stop();
        synchronized (this) {
            pending = model.snapshot();
        }
        writePending();
    }

    /** The window closes: a last save, then nothing more is recorded. */
    private void close() {
        saveNow();
        closed = true;
        Messages.localeProperty().removeListener(languageChanged); // a static property: it would keep the window alive
    }

    public MainWindow window() {
        return window;
    }

    /** The settings as properties, for tests. */
    SettingsModel model() {
        return model;
    }
}
