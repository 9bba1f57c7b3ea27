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
 */
public record ScreenShot(String fileName, Language language, PassStep step, String subject, boolean layerDetail) {

    public ScreenShot {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(step, "step");
        if (!fileName.endsWith(".png")) {
            throw new IllegalArgumentException("a screenshot is a PNG file, not " + fileName);
        }
    }

    /** A picture of part of the window, the detail panel closed. */
    public ScreenShot(String fileName, Language language, PassStep step, String subject) {
        this(fileName, language, step, subject, false);
    }

    /** A picture of the whole window, the detail panel closed. */
    public static ScreenShot window(String fileName, Language language, PassStep step) {
        return new ScreenShot(fileName, language, step, null, false);
    }

    /** The same picture with the layer detail panel open. */
    public ScreenShot withLayerDetail() {
        return new ScreenShot(fileName, language, step, subject, true);
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
