package org.convscope.ui;

import static org.convscope.ui.ScreenShot.PassStep.backward;
import static org.convscope.ui.ScreenShot.PassStep.forward;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convscope.data.Stroke;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Network;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.overview.LoadedModel;
import org.convscope.ui.overview.ModelLoading;
import org.convscope.ui.overview.ModelOrigin;
import org.convscope.ui.overview.ModelOverviewViewModel;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * Pictures of the real main window for the README and for slides, taken headless: the shipped
 * model, a digit drawn on the pad, the pass at a chosen step, in each language.
 *
 * <p>The window is built with {@link BackgroundTasks#sameThread()}, so drawing, classifying and
 * every step finish before the call that asked for them returns: what is pictured is the state
 * asked for, never a step still on its way. Everything touching the window runs on the FX thread;
 * PNG encoding and writing run on the caller's thread.
 */
public final class MainScreenShots {
    /** The size of the window pictured: a classroom projector's 720p, in logical pixels. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    /**
     * The pictures in the README: conv2's feature maps on the way forward, and the gradients
     * reaching it on the way back, in English and in Chinese, and the same steps with conv2's
     * detail panel open, each the whole window; then the view of each layer type that has one of
     * its own, forward and backward, and softmax with the loss, each pictured in full. Most are in
     * English, some in Chinese, so both languages are seen in every kind of view's layout. Dropout
     * is pictured in training mode: in inference mode its mask keeps every unit.
     */
    public static final List<ScreenShot> MAIN = List.of(
            ScreenShot.window("main-en-forward.png", Language.ENGLISH, forward("conv2")),
            ScreenShot.window("main-en-backward.png", Language.ENGLISH, backward("conv2")),
            ScreenShot.window("main-zh-forward.png", Language.SIMPLIFIED_CHINESE, forward("conv2")),
            ScreenShot.window("main-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("conv2")),
            ScreenShot.window("detail-en-forward.png", Language.ENGLISH, forward("conv2")).withLayerDetail(),
            ScreenShot.window("detail-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("conv2")).withLayerDetail(),
            ScreenShot.window("classroom-en-720p.png", Language.ENGLISH, forward("conv1")).withLayerDetail(),
            ScreenShot.window("classroom-zh-720p.png", Language.SIMPLIFIED_CHINESE, forward("conv1")).withLayerDetail(),
            ScreenShot.window("theme-dark.png", Language.ENGLISH, forward("conv2")).withTheme(Theme.DARK),
            ScreenShot.window("presenter-high-contrast.png", Language.ENGLISH, forward("conv2"))
                    .withPresenterMode().withTheme(Theme.HIGH_CONTRAST),
            ScreenShot.window("classroom-presenter-zh-720p.png", Language.SIMPLIFIED_CHINESE, forward("conv1"))
                    .withLayerDetail().withPresenterMode(),
            ScreenShot.detailView("view-conv-en-forward.png", Language.ENGLISH, forward("conv1")),
            ScreenShot.detailView("view-conv-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("conv1")),
            ScreenShot.detailView("view-activation-en-forward.png", Language.ENGLISH, forward("relu1")),
            ScreenShot.detailView("view-activation-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("relu1")),
            ScreenShot.detailView("view-pool-en-forward.png", Language.ENGLISH, forward("maxpool2")),
            ScreenShot.detailView("view-pool-en-backward.png", Language.ENGLISH, backward("maxpool2")),
            ScreenShot.detailView("view-flatten-en-forward.png", Language.ENGLISH, forward("flatten1")),
            ScreenShot.detailView("view-flatten-en-backward.png", Language.ENGLISH, backward("flatten1")),
            ScreenShot.detailView("view-dense-zh-forward.png", Language.SIMPLIFIED_CHINESE, forward("dense2")),
            ScreenShot.detailView("view-dense-en-backward.png", Language.ENGLISH, backward("dense2")),
            ScreenShot.detailView("view-dropout-en-forward-training.png", Language.ENGLISH, forward("dropout1"))
                    .withTrainingMode(),
            ScreenShot.detailView("view-dropout-en-backward-training.png", Language.ENGLISH, backward("dropout1"))
                    .withTrainingMode(),
            ScreenShot.detailView("view-softmax-en-loss.png", Language.ENGLISH, ScreenShot.PassStep.loss()));

    /**
     * The digit on the pad: number {@value #DIGIT_INDEX} of the generated set with seed
     * {@value #DIGIT_SEED}, a 2 (the class is the index mod 10) that the shipped model reads right,
     * but not with certainty (p about 0.98), so the backward pass has gradients worth seeing.
     */
    static final int DIGIT_INDEX = 32;
    static final long DIGIT_SEED = 2026;

    /** A picture written: which one, where, and its size in pixels. */
    public record Written(ScreenShot shot, Path file, int width, int height) {
    }

    private final Stage stage;
    private final MainWindow window;
    private final Locale localeBefore;

    private MainScreenShots(Stage stage, MainWindow window, Locale localeBefore) {
        this.stage = stage;
        this.window = window;
        this.localeBefore = localeBefore;
    }

    /**
     * Takes {@code shots} and writes each to {@code folder} (created if needed) as a PNG at
     * {@code scale} times the window's size, telling {@code written} about each file as it is done.
     * Starts JavaFX headless if it is not running, and stops it again if it started it. Call from
     * any thread but the FX thread, which it waits for.
     *
     * @throws IllegalStateException if the build has no shipped model or it misreads the digit:
     *                               the pictures would show a wrong lesson
     */
    public static void writeAll(List<ScreenShot> shots, Path folder, double scale, Consumer<Written> written)
            throws Exception {
        onHeadlessWindow(screen -> {
            for (ScreenShot shot : shots) {
                PngExport.Pixels pixels = HeadlessFx.call(() -> screen.take(shot, scale));
                Path file = folder.resolve(shot.fileName());
                PngExport.write(pixels, file);
                written.accept(new Written(shot, file, pixels.width(), pixels.height()));
            }
            return null;
        });
    }

    /** Work done with the headless window of {@link #onHeadlessWindow}, on the caller's thread. */
    @FunctionalInterface
    interface WindowWork<T> {
        T run(MainScreenShots screen) throws Exception;
    }

    /**
     * Opens the main window headless ({@link #open}, {@value #WIDTH} x {@value #HEIGHT}), hands it
     * to {@code work} on the calling thread (which reaches the window through
     * {@link HeadlessFx#call}), and closes it again; starts JavaFX if it is not running, and stops
     * it again if it started it. Call from any thread but the FX thread, which it waits for.
     */
    static <T> T onHeadlessWindow(WindowWork<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call from a thread other than the FX thread: it waits for that thread");
        }
        boolean startedHere = HeadlessFx.start();
        try {
            MainScreenShots screen = HeadlessFx.call(() -> open(WIDTH, HEIGHT));
            try {
                return work.run(screen);
            } finally {
                HeadlessFx.call(() -> {
                    screen.close();
                    return null;
                });
            }
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /**
     * Shows the main window, {@code width} x {@code height}, with the shipped model and the digit
     * drawn on its pad. FX thread.
     */
    static MainScreenShots open(double width, double height) {
        Locale localeBefore = Messages.getLocale();
        BackgroundTasks now = BackgroundTasks.sameThread();
        ModelOverviewViewModel overview = new ModelOverviewViewModel(now);
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, overview, now, () -> { });
        overview.loadStartupModel(ModelLoading.shippedModel());
        LoadedModel loaded = overview.getLoadedModel();
        if (loaded == null || !(loaded.origin() instanceof ModelOrigin.Shipped)) {
            stage.close();
            throw new IllegalStateException("this build has no shipped model to picture (assets/models/lenet5.json)");
        }
        SyntheticDigits.Drawing digit = SyntheticDigits.drawing(DIGIT_INDEX, DIGIT_SEED);
        double toPad = (double) DrawPad.LOGICAL_SIZE / SyntheticDigits.CANVAS;
        DrawPad pad = window.drawingPane().getPad();
        // The generator's pens run from hairline to marker; the pad's own pen looks like a student's.
        digit.strokes().forEach(stroke -> pad.addStroke(new Stroke(stroke.scaled(toPad).points(), pad.getPenWidth())));
        int predicted = window.drawing().getPredictedClass();
        if (predicted != digit.label()) {
            stage.close();
            throw new IllegalStateException("the shipped model reads the screenshot digit (a " + digit.label()
                    + ") as " + predicted + ": choose another DIGIT_INDEX or DIGIT_SEED");
        }
        stage.setWidth(width);
        stage.setHeight(height);
        window.show();
        Scene scene = stage.getScene();
        if (scene.getWidth() != width || scene.getHeight() != height) {
            stage.close();
            throw new IllegalStateException("the window came out " + scene.getWidth() + " x " + scene.getHeight()
                    + ", not " + width + " x " + height + ": is the headless screen big enough?");
        }
        return new MainScreenShots(stage, window, localeBefore);
    }

    /** Sets the language and the step {@code shot} asks for and pictures its subject. FX thread. */
    PngExport.Pixels take(ScreenShot shot, double scale) {
        Messages.setLanguage(shot.language());
        window.presenterMode().setUsesFullScreen(false);
        window.appearance().setTheme(shot.theme());
        window.appearance().setPresenterMode(shot.presenterMode());
        if (shot.presenterMode()) {
            window.presenterMode().pointerRested(); // the class sees the screen with the pointer at rest
        }
        window.appearance().setLayerDetail(shot.layerDetail());
        StepperViewModel stepper = window.stepper();
        // Switching the mode starts a new pass, whose mask is the next one the stepper's seeded
        // generator draws: the same list of pictures therefore always pictures the same masks,
        // and consecutive pictures in training mode share one.
        stepper.setTraining(shot.trainingMode());
        Network network = stepper.networkProperty().get();
        int position = shot.step().position(network);
        Parent root = stage.getScene().getRoot();
        // Every picture walks from the start, as a teacher would, so it does not depend on the one
        // before it. Each step is answered before next() returns (same-thread tasks), so the loop
        // ends. A layout after each step lets the strip scroll along as it does for a user:
        // backward, the layers the gradient came from stay in view right of the current one.
        stepper.reset();
        settle(root);
        while (stepper.getPosition() < position && stepper.canStepForwardProperty().get()) {
            stepper.next();
            settle(root);
        }
        if (stepper.getPosition() != position) {
            throw new IllegalStateException("the pass did not reach step " + position + " for " + shot.fileName());
        }
        Node subject = subject(shot);
        if (shot.isDetailView() && subject instanceof Parent content) {
            // The scroll pane sizes its content once per request; a view whose labels settle while
            // a layout is under way (the pooling view's value line) can keep a height measured
            // before, up to 1,500 px of blank. A new request measures it as it is now.
            content.requestLayout();
            settle(root);
        }
        return PngExport.snapshot(subject, scale);
    }

    /**
     * Styles and lays out the window as the next pulse would. Twice: the strip scrolls the current
     * layer into view during a layout, and the scrolled content is placed by the next one.
     */
    private static void settle(Parent root) {
        for (int pass = 0; pass < 2; pass++) {
            root.applyCss();
            root.layout();
        }
    }

    /**
     * The node {@code shot} pictures: the window's root, or what its subject selects. FX thread.
     *
     * @throws IllegalArgumentException if nothing on the screen matches the subject
     */
    Node subject(ScreenShot shot) {
        Parent root = stage.getScene().getRoot();
        Node subject = shot.subject() == null ? root : root.lookup(shot.subject());
        if (subject == null) {
            throw new IllegalArgumentException("nothing on the main screen matches " + shot.subject());
        }
        return subject;
    }

    /** The window pictured, for {@link ViewTimings}, which steps it as a teacher does. */
    MainWindow window() {
        return window;
    }

    /** The window's stepper, where the pass pictured last stands; for tests. */
    StepperViewModel stepper() {
        return window.stepper();
    }

    /** Closes the window and puts back the language that was shown before. FX thread. */
    void close() {
        stage.close();
        Messages.setLocale(localeBefore);
    }
}
