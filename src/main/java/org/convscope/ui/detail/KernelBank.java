package org.convscope.ui.detail;

import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.ValueRange;

/**
 * Every filter of one convolution layer, all its channel slices and its bias, as one of three
 * quantities: the weights of the pass shown, their gradients dL/dw (once the backward pass has
 * reached the layer), or the change the last Apply update made (new - old). One symmetric range
 * covers every weight of the layer, so the kernels can be compared with each other: a pale
 * kernel is a weak one, not one drawn on its own scale.
 *
 * <p>Read from the layer's trace (its {@link ParamTrace}s: weights [filters, channels, k, k] and
 * bias [filters]); pure logic, tested without JavaFX.
 */
final class KernelBank {
    /** What the bank shows for every weight. */
    enum Quantity { WEIGHTS, GRADIENTS, CHANGE }

    /** One weight: which filter, which channel's slice, its row and column, and its value. */
    record Weight(int filter, int channel, int row, int col, double value) {
    }

    private final Quantity quantity;
    private final int filters;
    private final int channels;
    private final int kernel;
    private final double[] weights;
    private final double[] biases;
    private final ValueRange range;

    private KernelBank(Quantity quantity, int[] dims, double[] weights, double[] biases) {
        this.quantity = quantity;
        this.filters = dims[0];
        this.channels = dims[1];
        this.kernel = dims[2];
        this.weights = weights;
        this.biases = biases;
        this.range = ColorScale.DIVERGING.rangeOf(weights); // of the finite ones: NaN is hatched
    }

    /**
     * Whether {@code quantity} can be shown for {@code trace}: gradients once the backward pass
     * has been through the layer, the change once an update has been applied.
     *
     * @param before the layer's parameters before the last update, or null if there was none
     */
    static boolean available(LayerTrace trace, List<Tensor> before, Quantity quantity) {
        return switch (quantity) {
            case WEIGHTS -> true;
            case GRADIENTS -> trace.params().get(0).hasGradient();
            case CHANGE -> before != null;
        };
    }

    /**
     * The bank of a convolution layer's trace.
     *
     * @param before the layer's parameters before the last update (weights, bias), needed for
     *               {@link Quantity#CHANGE}
     * @throws IllegalArgumentException if {@code quantity} is not {@linkplain #available available}
     */
    static KernelBank of(LayerTrace trace, List<Tensor> before, Quantity quantity) {
        if (!available(trace, before, quantity)) {
            throw new IllegalArgumentException(quantity + " is not known for " + trace.name() + " yet");
        }
        ParamTrace weights = trace.params().get(0);
        ParamTrace bias = trace.params().get(1);
        int[] dims = weights.dims();
        if (dims.length != 4) {
            throw new IllegalArgumentException(trace.name() + "'s weights are not [filters, channels, k, k]");
        }
        return switch (quantity) {
            case WEIGHTS -> new KernelBank(quantity, dims, weights.value().toArray(), bias.value().toArray());
            case GRADIENTS -> new KernelBank(quantity, dims, weights.grad().toArray(), bias.grad().toArray());
            case CHANGE -> new KernelBank(quantity, dims, difference(weights.value(), before.get(0)),
                    difference(bias.value(), before.get(1)));
        };
    }

    private static double[] difference(Tensor now, Tensor before) {
        double[] change = now.toArray();
        for (int i = 0; i < change.length; i++) {
            change[i] -= before.get(i);
        }
        return change;
    }

    Quantity quantity() {
        return quantity;
    }

    int filters() {
        return filters;
    }

    int channels() {
        return channels;
    }

    int kernel() {
        return kernel;
    }

    /** Weights per filter: k x k x channels. */
    int weightsPerFilter() {
        return kernel * kernel * channels;
    }

    /** The value of weight (row, col) of {@code channel}'s slice of {@code filter}. */
    double value(int filter, int channel, int row, int col) {
        return weights[((filter * channels + channel) * kernel + row) * kernel + col];
    }

    Weight weight(int filter, int channel, int row, int col) {
        return new Weight(filter, channel, row, col, value(filter, channel, row, col));
    }

    /** The bias of {@code filter}, its gradient or its change. */
    double bias(int filter) {
        return biases[filter];
    }

    /** The range every kernel is drawn on: symmetric about 0, as large as the largest |value|. */
    ValueRange range() {
        return range;
    }

    /** The weight of largest size (the first of equals): where the eye should go first. */
    Weight largest() {
        int best = 0;
        for (int i = 1; i < weights.length; i++) {
            if (Math.abs(weights[i]) > Math.abs(weights[best])) {
                best = i;
            }
        }
        int k2 = kernel * kernel;
        return new Weight(best / (k2 * channels), best / k2 % channels, best % k2 / kernel, best % kernel, weights[best]);
    }

    /** The filter whose weights have the largest sum of squares (the first of equals). */
    int strongestFilter() {
        int best = 0;
        double bestNorm = -1;
        for (int f = 0; f < filters; f++) {
            double norm = 0;
            for (int i = f * weightsPerFilter(); i < (f + 1) * weightsPerFilter(); i++) {
                norm += weights[i] * weights[i];
            }
            if (norm > bestNorm) {
                best = f;
                bestNorm = norm;
            }
        }
        return best;
    }
}
