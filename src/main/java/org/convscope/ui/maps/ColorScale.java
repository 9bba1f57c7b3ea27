package org.convscope.ui.maps;

import javafx.scene.paint.Color;

/**
 * The three colour scales of the UI guide, as pure functions from a value and a range to a colour.
 *
 * <ul>
 *   <li>{@link #SEQUENTIAL}: activations (values &ge; 0), white at 0 to dark green at the maximum
 *       (ColorBrewer "Greens"; green so it cannot be mistaken for either side of the diverging scale);</li>
 *   <li>{@link #GREY}: the input digit as the student drew it, dark ink on a white page;</li>
 *   <li>{@link #DIVERGING}: signed values (weights, gradients, pre-activations), negative blue, zero
 *       exactly white, positive red (ColorBrewer RdBu, readable with the common colour-vision
 *       deficiencies), over a range symmetric around zero.</li>
 * </ul>
 * Values outside the range are clamped to its end colours; NaN is magenta so a broken value is
 * noticed rather than hidden.
 */
public enum ColorScale {
    SEQUENTIAL(false, 0xffffff, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b),
    GREY(false, 0xffffff, 0x000000),
    // RdBu with its near-white middle (#f7f7f7) replaced by pure white: zero must be exactly white.
    DIVERGING(true, 0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xffffff,
            0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f);

    /** Opaque white, the colour of zero on every scale. */
    public static final int WHITE = 0xffffffff;
    static final int NAN = 0xffff00ff;

    private final boolean diverging;
    private final int[] stops;

    ColorScale(boolean diverging, int... stops) {
        this.diverging = diverging;
        this.stops = stops;
    }

    public boolean isDiverging() {
        return diverging;
    }

    /**
     * The range this scale uses for values between {@code min} and {@code max}: symmetric
     * &plusmn;max|v| for the diverging scale, 0..max for the others (0 stays white).
     */
    public ValueRange rangeFor(double min, double max) {
        if (diverging) {
            return ValueRange.symmetric(Math.max(Math.abs(min), Math.abs(max)));
        }
        return new ValueRange(0, Math.max(0, max));
    }

    /** The opaque ARGB colour of {@code value} on {@code range}. */
    public int argb(double value, ValueRange range) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        if (value == 0 && (diverging || range.min() >= 0)) {
            return WHITE; // exact, whatever rounding the interpolation would do
        }
        double t;
        if (diverging) {
            double half = Math.max(Math.abs(range.min()), Math.abs(range.max()));
            t = half == 0 ? 0.5 : 0.5 + 0.5 * value / half;
        } else {
            double span = range.max() - range.min();
            t = span == 0 ? (value > range.max() ? 1 : 0) : (value - range.min()) / span;
        }
        return interpolate(Math.min(1, Math.max(0, t)));
    }

    /** The colour of {@code value} on {@code range}, as a JavaFX colour. */
    public Color color(double value, ValueRange range) {
        int c = argb(value, range);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /** The colour at position {@code t} (0..1) along the scale, for drawing legends. */
    public int at(double t) {
        return interpolate(Math.min(1, Math.max(0, t)));
    }

    private int interpolate(double t) {
        double pos = t * (stops.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= stops.length - 1) {
            return 0xff000000 | stops[stops.length - 1];
        }
        double f = pos - i;
        int a = stops[i];
        int b = stops[i + 1];
        int r = mix(a >> 16, b >> 16, f);
        int g = mix(a >> 8, b >> 8, f);
        int bl = mix(a, b, f);
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }

    private static int mix(int a, int b, double f) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * f);
    }
}
