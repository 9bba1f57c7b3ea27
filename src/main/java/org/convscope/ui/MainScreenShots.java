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
     * reaching it on the way back, in English and in Chinese; then the same steps with conv2's
     * detail panel open, and one picture of each layer type's own view in the detail panel.
     */
    public static final List<ScreenShot> MAIN = List.of(
            ScreenShot.window("main-en-forward.png", Language.ENGLISH, forward("conv2")),
            ScreenShot.window("main-en-backward.png", Language.ENGLISH, backward("conv2")),
            ScreenShot.window("main-zh-forward.png", Language.SIMPLIFIED_CHINESE, forward("conv2")),
            ScreenShot.window("main-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("conv2")),
            ScreenShot.window("detail-en-forward.png", Language.ENGLISH, forward("conv2")).withLayerDetail(),
            ScreenShot.window("detail-zh-backward.png", Language.SIMPLIFIED_CHINESE, backward("conv2")).withLayerDetail(),
            ScreenShot.window("softmax-en-loss.png", Language.ENGLISH, ScreenShot.PassStep.loss()).withLayerDetail(),
            ScreenShot.window("dense-zh-forward.png", Language.SIMPLIFIED_CHINESE, forward("dense2")).withLayerDetail(),
            ScreenShot.window("flatten-en-forward.png", Language.ENGLISH, forward("flatten1")).withLayerDetail(),
            ScreenShot.window("pool-en-backward.png", Language.ENGLISH, backward("maxpool2")).withLayerDetail(),
            ScreenShot.window("activation-en-forward.png", Language.ENGLISH, forward("relu1")).withLayerDetail(),
            ScreenShot.window("conv-en-forward.png", Language.ENGLISH, forward("conv1")).withLayerDetail());

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
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call from a thread other than the FX thread: it waits for that thread");
        }
        boolean startedHere = HeadlessFx.start();
        try {
            MainScreenShots screen = HeadlessFx.call(() -> open(WIDTH, HEIGHT));
            try {
                for (ScreenShot shot : shots) {
                    PngExport.Pixels pixels = HeadlessFx.call(() -> screen.take(shot, scale));
                    Path file = folder.resolve(shot.fileName());
                    PngExport.write(pixels, file);
                    written.accept(new Written(shot, file, pixels.width(), pixels.height()));
                }
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
        window.appearance().setLayerDetail(shot.layerDetail());
        StepperViewModel stepper = window.stepper();
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
        Node subject = shot.subject() == null ? root : root.lookup(shot.subject());
        if (subject == null) {
            throw new IllegalArgumentException("nothing on the main screen matches " + shot.subject());
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

    /** Closes the window and puts back the language that was shown before. FX thread. */
    void close() {
        stage.close();
        Messages.setLocale(localeBefore);
    }
}
