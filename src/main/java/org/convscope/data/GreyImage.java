package org.convscope.data;

import java.util.Arrays;

/**
 * A grey-level picture as a person sees it: {@code width x height} brightness values in [0, 1],
 * row by row, 0 black and 1 white. A drawing on the app's pad is dark ink on white; an MNIST digit
 * is white ink on black; {@link DigitPreprocessor} accepts either.
 */
public record GreyImage(int width, int height, double[] values) {

    public GreyImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, got " + width + "x" + height);
        }
        if (values.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " needs " + width * height + " values, got "
                    + values.length);
        }
        values = values.clone();
    }

    /** An all-white image. */
    public static GreyImage white(int width, int height) {
        double[] v = new double[width * height];
        Arrays.fill(v, 1);
        return new GreyImage(width, height, v);
    }

    /** Brightness at (x, y). */
    public double at(int x, int y) {
        return values[y * width + x];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The same picture with black and white swapped. */
    public GreyImage inverted() {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1 - values[i];
        }
        return new GreyImage(width, height, v);
    }
}
