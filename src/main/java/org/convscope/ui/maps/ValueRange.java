package org.convscope.ui.maps;

/**
 * The values a colour scale spreads its colours over: {@code min} gets the first colour,
 * {@code max} the last, anything outside is clamped. A diverging scale's range is symmetric,
 * {@code min == -max}, so that zero falls exactly on white.
 */
public record ValueRange(double min, double max) {

    public ValueRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("range min " + min + " is not <= max " + max);
        }
    }

    /** The range -m..m. */
    public static ValueRange symmetric(double m) {
        double half = Math.abs(m);
        return new ValueRange(-half, half);
    }

    /** The smallest range holding both. */
    public ValueRange union(ValueRange other) {
        return new ValueRange(Math.min(min, other.min), Math.max(max, other.max));
    }

    public boolean isEmpty() {
        return min == max;
    }
}
