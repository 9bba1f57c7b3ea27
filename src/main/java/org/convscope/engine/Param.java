package org.convscope.engine;

import java.util.Arrays;

/**
 * One parameter array of a layer (a conv layer's kernels, a dense layer's biases ...) with its
 * gradient. Backward passes add into {@link #grad()}, so a batch sums its examples' gradients.
 *
 * <p>Worker copies made for parallel training share {@link #value()} but own their gradient.
 * Biases are not {@code regularized}: L1/L2 penalties apply only to weights.
 */
public final class Param {
    private final String name;
    private final int[] dims;
    private final double[] value;
    private final double[] grad;
    private final boolean regularized;

    /**
     * @param name        "weights" or "bias"
     * @param dims        the logical layout, e.g. [filters, channels, rows, cols]
     * @param regularized whether L1/L2 penalties apply (true for weights, false for biases)
     */
    public Param(String name, int[] dims, boolean regularized) {
        this(name, dims.clone(), new double[Arrays.stream(dims).reduce(1, Math::multiplyExact)], regularized);
    }

    private Param(String name, int[] dims, double[] value, boolean regularized) {
        this.name = name;
        this.dims = dims;
        this.value = value;
        this.grad = new double[value.length];
        this.regularized = regularized;
    }

    /** A parameter sharing this one's values, with a gradient of its own. */
    public Param shareValues() {
        return new Param(name, dims, value, regularized);
    }

    public String name() {
        return name;
    }

    public int[] dims() {
        return dims.clone();
    }

    public int size() {
        return value.length;
    }

    /** The live values; optimizers update them in place. */
    public double[] value() {
        return value;
    }

    /** The accumulated gradient dL/dvalue. */
    public double[] grad() {
        return grad;
    }

    public boolean regularized() {
        return regularized;
    }

    public void zeroGrad() {
        Arrays.fill(grad, 0);
    }

    /** Replaces the values (for loading a model); the length must match. */
    public void setValues(double[] values) {
        if (values.length != value.length) {
            throw new IllegalArgumentException(
                    name + ": expected " + value.length + " values, got " + values.length);
        }
        System.arraycopy(values, 0, value, 0, value.length);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dims);
    }
}
