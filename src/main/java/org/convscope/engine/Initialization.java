package org.convscope.engine;

import java.util.Arrays;

/**
 * How weights start. Biases start at zero. Weights are drawn from a normal distribution whose
 * spread keeps the size of the signal roughly constant from layer to layer:
 * He (std = sqrt(2 / fanIn)) for ReLU networks, whose units zero out half their inputs, and
 * Xavier/Glorot (std = sqrt(2 / (fanIn + fanOut))) for sigmoid and tanh.
 * For a conv layer fanIn = channels x k x k and fanOut = filters x k x k; for dense, inputs and units.
 */
public enum Initialization {
    HE, XAVIER;

    /** Fills the layer's weights from {@code rng} and zeroes its biases. */
    public void initialize(Layer layer, Rng rng) {
        for (Param p : layer.params()) {
            double[] v = p.value();
            if (!p.regularized()) {
                Arrays.fill(v, 0);
                continue;
            }
            int[] dims = p.dims();
            long receptive = 1;
            for (int i = 2; i < dims.length; i++) {
                receptive *= dims[i];
            }
            double fanIn = (double) dims[1] * receptive;
            double fanOut = (double) dims[0] * receptive;
            double std = this == HE ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
            for (int i = 0; i < v.length; i++) {
                v[i] = rng.nextGaussian() * std;
            }
        }
    }
}
