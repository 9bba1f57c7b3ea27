package org.convscope.engine;

import java.util.List;
import java.util.Optional;

/**
 * The first place a pass produced numbers that are not finite (NaN or an infinity), in the order
 * the pass computed them: the layers' outputs forward, then the loss, then the gradients backward,
 * last layer first. A non-finite number spreads to everything computed after it, so the first
 * one is where to look: the layer whose weights or inputs are too large.
 *
 * @param layerIndex the layer's index in the network, or -1 for the loss
 * @param layerName  "conv2", or "loss"
 * @param what       which of the layer's numbers
 * @param count      how many of them are not finite
 * @param size       how many there are
 * @param example    the first non-finite one (NaN, Infinity or -Infinity)
 */
public record NonFinite(int layerIndex, String layerName, Quantity what, int count, int size, double example) {

    /** Which numbers of a layer. */
    public enum Quantity {
        /** The layer's output (forward). */
        OUTPUT("outputs"),
        /** The logits' softmax and the loss. */
        LOSS("loss"),
        /** dL/dInput (backward). */
        INPUT_GRADIENT("input gradients"),
        /** dL/dw of the layer's parameters (backward). */
        PARAMETER_GRADIENT("parameter gradients");

        private final String words;

        Quantity(String words) {
            this.words = words;
        }

        /** "outputs", "input gradients": for English messages of the command line. */
        public String words() {
            return words;
        }
    }

    /** The first non-finite numbers of {@code trace}, if any. */
    public static Optional<NonFinite> in(PassTrace trace) {
        List<LayerTrace> layers = trace.layers();
        for (LayerTrace layer : layers) {
            Optional<NonFinite> found = of(layer, Quantity.OUTPUT, layer.output());
            if (found.isPresent()) {
                return found;
            }
        }
        LossTrace loss = trace.loss();
        if (loss != null) {
            int bad = count(loss.probabilities()) + (Double.isFinite(loss.loss()) ? 0 : 1);
            if (bad > 0) {
                double example = Double.isFinite(loss.loss()) ? first(loss.probabilities()) : loss.loss();
                return Optional.of(new NonFinite(-1, "loss", Quantity.LOSS, bad, loss.probabilities().size() + 1,
                        example));
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerTrace layer = layers.get(i);
            if (!layer.hasBackward()) {
                continue;
            }
            Optional<NonFinite> found = of(layer, Quantity.INPUT_GRADIENT, layer.gradInput());
            for (ParamTrace p : layer.params()) {
                if (found.isEmpty() && p.hasGradient()) {
                    found = of(layer, Quantity.PARAMETER_GRADIENT, p.grad());
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** How many values of {@code tensor} are NaN or infinite. */
    public static int count(Tensor tensor) {
        return count(tensor.data());
    }

    /** How many of {@code values} are NaN or infinite. */
    public static int count(double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                n++;
            }
        }
        return n;
    }

    /** True if every value is a finite number. */
    public static boolean allFinite(Tensor tensor) {
        for (double v : tensor.data()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<NonFinite> of(LayerTrace layer, Quantity what, Tensor values) {
        int bad = values == null ? 0 : count(values);
        return bad == 0 ? Optional.empty()
                : Optional.of(new NonFinite(layer.index(), layer.name(), what, bad, values.size(), first(values)));
    }

    private static double first(Tensor values) {
        for (double v : values.data()) {
            if (!Double.isFinite(v)) {
                return v;
            }
        }
        return 0;
    }

    /** "layer conv2 (conv2d) gives Infinity for 3,200 of its 3,200 outputs": English, for the command line. */
    public String describe() {
        if (what == Quantity.LOSS) {
            return "the softmax and the loss give " + example;
        }
        return "layer " + layerName + " gives " + example + " for " + ParameterCount.format(count) + " of its "
                + ParameterCount.format(size) + " " + what.words();
    }
}
