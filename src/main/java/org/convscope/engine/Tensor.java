package org.convscope.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * Values of one shape, stored in a flat {@code double[]}, channel-major: the value at (c, y, x)
 * sits at {@code (c*H + y)*W + x}, so each feature map is one contiguous slice.
 *
 * <p>A tensor is immutable by contract: layers create a fresh array for every output, and the
 * trace keeps those outputs, so nothing may write into an array after it has been wrapped.
 * {@link #data()} hands the backing array to the engine's inner loops without a copy; callers
 * outside the engine use {@link #get}, {@link #map} or {@link #toArray}.
 */
public final class Tensor {
    private final Shape shape;
    private final double[] data;

    private Tensor(Shape shape, double[] data) {
        this.shape = Objects.requireNonNull(shape, "shape");
        if (data.length != shape.size()) {
            throw new IllegalArgumentException(
                    "shape " + shape + " needs " + shape.size() + " values, got " + data.length);
        }
        this.data = data;
    }

    /** Wraps {@code data} without copying; the caller gives up the right to modify it. */
    public static Tensor wrap(Shape shape, double[] data) {
        return new Tensor(shape, data);
    }

    /** A tensor holding a copy of {@code values}. */
    public static Tensor of(Shape shape, double... values) {
        return new Tensor(shape, values.clone());
    }

    public static Tensor zeros(Shape shape) {
        return new Tensor(shape, new double[shape.size()]);
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return data.length;
    }

    public double get(int index) {
        return data[index];
    }

    public double get(int channel, int y, int x) {
        return data[shape.index(channel, y, x)];
    }

    /** The backing array, for the engine's inner loops. Never modify it. */
    public double[] data() {
        return data;
    }

    /** A copy of all values. */
    public double[] toArray() {
        return data.clone();
    }

    /** A copy of one feature map (height x width values). */
    public double[] map(int channel) {
        int n = shape.mapSize();
        return Arrays.copyOfRange(data, channel * n, channel * n + n);
    }

    /** The same values seen with another shape of the same size (no copy). */
    public Tensor reshape(Shape newShape) {
        return new Tensor(newShape, data);
    }

    /** Index of the largest value (the first one on ties). */
    public int argmax() {
        int best = 0;
        for (int i = 1; i < data.length; i++) {
            if (data[i] > data[best]) {
                best = i;
            }
        }
        return best;
    }

    public double min() {
        return Arrays.stream(data).min().orElse(0);
    }

    public double max() {
        return Arrays.stream(data).max().orElse(0);
    }

    /** Largest absolute value, the half-range of a symmetric diverging colour scale. */
    public double maxAbs() {
        double m = 0;
        for (double v : data) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    public boolean hasNonFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.shape.equals(shape) && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + shape;
    }
}
