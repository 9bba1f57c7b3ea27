package org.convscope.ui.maps;

import org.convscope.engine.Tensor;

/**
 * The values a colour scale spreads its colours over: {@code min} gets the first colour,
 * {@code max} the last, anything outside is clamped. A diverging scale's range is symmetric,
 * {@code min == -max}, so that zero falls exactly on white.
 *
 * <p>A range holds finite numbers only. Values that are NaN or infinite have no place on a
 * scale: an infinity would stretch it until every other value is white. They are left out when
 * a range is made from values ({@link #of}), drawn hatched instead of coloured
 * ({@link ColorScale#argb(double, ValueRange, int, int)}), and {@code nonFinite} remembers that
 * there were some, so the legend explains the hatching.
 *
 * @param nonFinite whether some of the values this range was made for are NaN or infinite
 */
public record ValueRange(double min, double max, boolean nonFinite) {

    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min <= max)) {
            throw new IllegalArgumentException("range " + min + " .. " + max + " is not two finite numbers, min <= max");
        }
    }

    /** The range min..max of values that are all finite. */
    public ValueRange(double min, double max) {
        this(min, max, false);
    }

    /**
     * The range -m..m. An infinite or NaN {@code m} (a largest size computed over values that
     * were not all finite) gives 0..0, marked as made with non-finite values.
     */
    public static ValueRange symmetric(double m) {
        if (!Double.isFinite(m)) {
            return new ValueRange(0, 0, true);
        }
        double half = Math.abs(m);
        return new ValueRange(-half, half);
    }

    /**
     * The smallest and largest finite values: the range a scale is built from, before the scale
     * makes it its own ({@link ColorScale#rangeOf}). 0..0 when no value is finite (or there are none).
     */
    public static ValueRange of(double... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean nonFinite = false;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            } else {
                nonFinite = true;
            }
        }
        return min > max ? new ValueRange(0, 0, nonFinite) : new ValueRange(min, max, nonFinite);
    }

    /** The extremes of {@code tensor}'s finite values, as {@link #of(double...)}. */
    public static ValueRange of(Tensor tensor) {
        return of(tensor.data());
    }

    /** The extremes of the finite values of all {@code tensors}. */
    public static ValueRange of(Tensor first, Tensor... more) {
        ValueRange range = of(first);
        for (Tensor t : more) {
            range = range.union(of(t));
        }
        return range;
    }

    /** The smallest range holding both; made with non-finite values if either was. */
    public ValueRange union(ValueRange other) {
        return new ValueRange(Math.min(min, other.min), Math.max(max, other.max), nonFinite || other.nonFinite);
    }

    /** The same numbers, marked as made with ({@code true}) or without non-finite values. */
    public ValueRange withNonFinite(boolean value) {
        return new ValueRange(min, max, value);
    }

    public boolean isEmpty() {
        return min == max;
    }
}
