package org.convscope.ui.maps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.convscope.engine.Tensor;

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
 * Values outside the range are clamped to its end colours.
 *
 * <p>This is where every map's values become colours, and where their ranges are made: a value
 * that is NaN or infinite has no colour (it is {@linkplain Hatching hatched}: {@link #argb(double,
 * ValueRange, int, int)} for pictures made of pixels, {@link #fill} for canvases), and ranges are
 * made from the finite values only ({@link #rangeOf}), so one infinity cannot stretch the scale
 * until every other value is white.
 */
public enum ColorScale {
    SEQUENTIAL(false, 0xffffff, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b),
    GREY(false, 0xffffff, 0x000000),
    // RdBu with its near-white middle (#f7f7f7) replaced by pure white: zero must be exactly white.
    DIVERGING(true, 0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xffffff,
            0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f);

    /** Opaque white, the colour of zero on every scale. */
    public static final int WHITE = 0xffffffff;

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
     * The scale for {@code values}: diverging when they are {@code signed} (gradients, weights) or
     * any of them is negative, sequential otherwise (activations after ReLU).
     */
    public static ColorScale forValues(boolean signed, Tensor... values) {
        if (signed) {
            return DIVERGING;
        }
        for (Tensor t : values) {
            for (double v : t.data()) {
                if (v < 0) { // -Infinity too; NaN is not negative
                    return DIVERGING;
                }
            }
        }
        return SEQUENTIAL;
    }

    /**
     * The range this scale uses for values between {@code min} and {@code max}: symmetric
     * &plusmn;max|v| for the diverging scale, 0..max for the others (0 stays white). An end that
     * is not finite is left out (as 0), and the range is marked as made with non-finite values;
     * {@link #rangeOf} finds the finite extremes instead.
     */
    public ValueRange rangeFor(double min, double max) {
        boolean nonFinite = !Double.isFinite(min) || !Double.isFinite(max);
        double low = Double.isFinite(min) ? min : 0;
        double high = Double.isFinite(max) ? max : 0;
        if (diverging) {
            return ValueRange.symmetric(Math.max(Math.abs(low), Math.abs(high))).withNonFinite(nonFinite);
        }
        return new ValueRange(0, Math.max(0, high), nonFinite);
    }

    /** The range this scale uses for {@code extremes} (e.g. {@link ValueRange#of}), keeping its mark. */
    public ValueRange rangeFor(ValueRange extremes) {
        return rangeFor(extremes.min(), extremes.max()).withNonFinite(extremes.nonFinite());
    }

    /** The range this scale uses for the finite ones of {@code values}. */
    public ValueRange rangeOf(double... values) {
        return rangeFor(ValueRange.of(values));
    }

    /** The range this scale uses for the finite values of all {@code tensors}. */
    public ValueRange rangeOf(Tensor first, Tensor... more) {
        return rangeFor(ValueRange.of(first, more));
    }

    /**
     * The opaque ARGB colour of pixel (x, y) of a picture, in a cell of {@code value}: its colour
     * on {@code range}, or the {@linkplain Hatching hatching} when the value is not finite.
     */
    public int argb(double value, ValueRange range, int x, int y) {
        return Double.isFinite(value) ? argb(value, range) : Hatching.argb(x, y);
    }

    /** Fills the cell (x, y, w, h) of a canvas with {@code value}'s colour, or hatches it when it is not finite. */
    public void fill(GraphicsContext g, double value, ValueRange range, double x, double y, double w, double h) {
        if (Double.isFinite(value)) {
            g.setFill(color(value, range));
            g.fillRect(x, y, w, h);
        } else {
            Hatching.fill(g, x, y, w, h);
        }
    }

    /**
     * The opaque ARGB colour of {@code value} on {@code range}; the hatching's grey for NaN and
     * the infinities, which have no colour on a scale (draw them with {@link #fill} or
     * {@link #argb(double, ValueRange, int, int)}, which hatch them).
     */
    public int argb(double value, ValueRange range) {
        if (!Double.isFinite(value)) {
            return Hatching.BACKGROUND;
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
        Color known = COLORS.get(c);
        if (known != null) {
            return known;
        }
        if (COLORS.size() >= COLORS_KEPT) {
            COLORS.clear();
        }
        Color fresh = Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
        COLORS.put(c, fresh);
        return fresh;
    }

    /**
     * Colours made already, by their ARGB value: a canvas converts each new Color into a paint of
     * its own when it fills with it, and the detail views fill a thousand cells a step from a few
     * hundred colours. Cleared when full.
     */
    private static final Map<Integer, Color> COLORS = new ConcurrentHashMap<>();
    private static final int COLORS_KEPT = 8192;

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
