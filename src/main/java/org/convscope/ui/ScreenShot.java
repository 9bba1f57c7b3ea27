package org.convscope.ui;

import java.util.Objects;
import org.convscope.engine.Network;
import org.convscope.engine.Stepper;

/**
 * One picture the {@code screenshots} command takes of the main screen: the file, the language
 * of its texts, where the pass stands, and which part of the window it shows. The pictures are a
 * list of these ({@link MainScreenShots#MAIN}), so another picture, such as a layer's detail view,
 * is one more line.
 *
 * @param fileName the PNG's name in the output folder
 * @param language the language every text is shown in
 * @param step     where the pass stands when the picture is taken
 * @param subject  a CSS selector of the node to picture ({@code "#network-strip"}), or null for
 *                 the whole window
 * @param layerDetail whether the layer detail panel is open under the strip (it shows the step's layer)
 * @param trainingMode whether the stepper is in training mode, so dropout draws and applies a mask;
 *                 off, dropout passes every unit, as in every picture that does not ask for it
 * @param presenterMode whether the window is in presenter mode, as full screen on a projector of the
 *                 window's size, its menus and toolbar stepped aside as they do when the pointer rests
 * @param theme    the window's theme (light in every picture that does not ask for another)
 */
public record ScreenShot(String fileName, Language language, PassStep step, String subject, boolean layerDetail,
        boolean trainingMode, boolean presenterMode, Theme theme) {

    /**
     * The detail panel's content (title and the layer type's view) inside its scroll pane: pictured
     * whole, however far it reaches below the panel's visible part.
     */
    public static final String LAYER_DETAIL_CONTENT = "#layer-detail-content";
    /** The softmax and loss view's content, which the panel shows at the loss step instead of a layer. */
    public static final String SOFTMAX_CONTENT = "#softmax-content";

    public ScreenShot {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(theme, "theme");
        if (!fileName.endsWith(".png")) {
            throw new IllegalArgumentException("a screenshot is a PNG file, not " + fileName);
        }
        // The folder holds the same step with and without dropout's mask; only the name tells them apart.
        if (trainingMode && !fileName.contains("training")) {
            throw new IllegalArgumentException("a picture in training mode says so in its file name: " + fileName);
        }
        if (presenterMode && !fileName.contains("presenter")) {
            throw new IllegalArgumentException("a picture in presenter mode says so in its file name: " + fileName);
        }
        if (theme != Theme.LIGHT && !fileName.contains("theme") && !fileName.contains(themeWord(theme))) {
            throw new IllegalArgumentException("a picture in the " + theme + " theme says so in its file name: " + fileName);
        }
        if (isDetailContent(subject) && !layerDetail) {
            throw new IllegalArgumentException(subject + " is only on screen with the detail panel open: " + fileName);
        }
    }

    /** In the light theme. */
    public ScreenShot(String fileName, Language language, PassStep step, String subject, boolean layerDetail,
            boolean trainingMode, boolean presenterMode) {
        this(fileName, language, step, subject, layerDetail, trainingMode, presenterMode, Theme.LIGHT);
    }

    /** Not in presenter mode. */
    public ScreenShot(String fileName, Language language, PassStep step, String subject, boolean layerDetail,
            boolean trainingMode) {
        this(fileName, language, step, subject, layerDetail, trainingMode, false);
    }

    /** "dark", "high-contrast": how a file name says its theme. */
    private static String themeWord(Theme theme) {
        return theme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A picture of part of the window, the detail panel closed. */
    public ScreenShot(String fileName, Language language, PassStep step, String subject) {
        this(fileName, language, step, subject, false, false);
    }

    /** A picture of the whole window, the detail panel closed. */
    public static ScreenShot window(String fileName, Language language, PassStep step) {
        return new ScreenShot(fileName, language, step, null, false, false);
    }

    /**
     * A picture of the detail panel's view in full at {@code step}: the layer's view (at the loss
     * step, softmax and the loss), all of it rather than the part the window's panel has room for,
     * at the panel's width.
     *
     * @throws IllegalArgumentException at the start of the pass, where the panel shows no layer
     */
    public static ScreenShot detailView(String fileName, Language language, PassStep step) {
        if (step.phase() == Stepper.Phase.START) {
            throw new IllegalArgumentException("the detail panel shows no layer at the start of the pass: " + fileName);
        }
        String content = step.phase() == Stepper.Phase.LOSS ? SOFTMAX_CONTENT : LAYER_DETAIL_CONTENT;
        return new ScreenShot(fileName, language, step, content, true, false);
    }

    /** The same picture with the layer detail panel open. */
    public ScreenShot withLayerDetail() {
        return new ScreenShot(fileName, language, step, subject, true, trainingMode, presenterMode, theme);
    }

    /**
     * The same picture in training mode: dropout layers draw a mask and drop units. The mask is
     * drawn from the stepper's seeded generator, so the same list of pictures gives the same masks.
     *
     * @throws IllegalArgumentException if the file name does not say "training"
     */
    public ScreenShot withTrainingMode() {
        return new ScreenShot(fileName, language, step, subject, layerDetail, true, presenterMode, theme);
    }

    /**
     * The same picture in presenter mode: larger type, the window as full screen on a projector of
     * its size, the menus and the toolbar stepped aside.
     *
     * @throws IllegalArgumentException if the file name does not say "presenter"
     */
    public ScreenShot withPresenterMode() {
        return new ScreenShot(fileName, language, step, subject, layerDetail, trainingMode, true, theme);
    }

    /**
     * The same picture in {@code value}: the README's pictures of the dark and high-contrast themes.
     *
     * @throws IllegalArgumentException if the file name does not name the theme
     */
    public ScreenShot withTheme(Theme value) {
        return new ScreenShot(fileName, language, step, subject, layerDetail, trainingMode, presenterMode, value);
    }

    /** True for a picture of the detail panel's view in full ({@link #detailView}). */
    public boolean isDetailView() {
        return isDetailContent(subject);
    }

    private static boolean isDetailContent(String subject) {
        return LAYER_DETAIL_CONTENT.equals(subject) || SOFTMAX_CONTENT.equals(subject);
    }

    /**
     * A position in the pass, named by its phase and layer rather than by number, so the list of
     * pictures still means the same thing when the model gains or loses a layer.
     *
     * @param phase the phase; for {@link Stepper.Phase#START} and {@link Stepper.Phase#LOSS} the
     *              layer is null
     * @param layer the name of the layer the step works on ("conv2")
     */
    public record PassStep(Stepper.Phase phase, String layer) {

        public PassStep {
            Objects.requireNonNull(phase, "phase");
            boolean needsLayer = phase == Stepper.Phase.FORWARD || phase == Stepper.Phase.BACKWARD;
            if (needsLayer != (layer != null)) {
                throw new IllegalArgumentException(phase + (needsLayer ? " needs a layer" : " has no layer"));
            }
        }

        /** The step that computes {@code layer}'s output. */
        public static PassStep forward(String layer) {
            return new PassStep(Stepper.Phase.FORWARD, layer);
        }

        /** The softmax and loss step, after the last layer. */
        public static PassStep loss() {
            return new PassStep(Stepper.Phase.LOSS, null);
        }

        /** The step that takes the gradient back through {@code layer}. */
        public static PassStep backward(String layer) {
            return new PassStep(Stepper.Phase.BACKWARD, layer);
        }

        /**
         * The stepper's position for this step in a pass through {@code network}: forward layer i
         * is i + 1, the loss L + 1, backward layer i 2L + 1 - i (see {@link Stepper#layerAt}).
         *
         * @throws IllegalArgumentException if the network has no layer of that name
         */
        public int position(Network network) {
            int layers = network.layers().size();
            return switch (phase) {
                case START -> 0;
                case LOSS -> layers + 1;
                case FORWARD -> layerIndex(network) + 1;
                case BACKWARD -> 2 * layers + 1 - layerIndex(network);
            };
        }

        private int layerIndex(Network network) {
            for (int i = 0; i < network.layers().size(); i++) {
                if (network.layers().get(i).name().equals(layer)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("the model has no layer called " + layer);
        }
    }
}
