package org.convscope.engine;

/**
 * The shape of a {@link Tensor}: either a stack of feature maps (channels x height x width) or a
 * plain vector. A vector of n values is stored as (n, 1, 1) so that every layer can index the
 * same way, but it prints and compares as a vector.
 */
public record Shape(int channels, int height, int width, boolean vector) {

    public Shape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException(
                    "shape dimensions must be positive, got " + channels + "x" + height + "x" + width);
        }
        if (vector && (height != 1 || width != 1)) {
            throw new IllegalArgumentException("a vector shape has height and width 1");
        }
    }

    /** Feature maps: {@code channels} maps of {@code height x width}. */
    public static Shape of(int channels, int height, int width) {
        return new Shape(channels, height, width, false);
    }

    /** A vector of {@code length} values. */
    public static Shape vector(int length) {
        return new Shape(length, 1, 1, true);
    }

    /** Number of values in a tensor of this shape. */
    public int size() {
        return Math.multiplyExact(channels, Math.multiplyExact(height, width));
    }

    /** Number of values in one feature map (1 for a vector). */
    public int mapSize() {
        return height * width;
    }

    /** Flat index of (c, y, x), channel-major. */
    public int index(int c, int y, int x) {
        return (c * height + y) * width + x;
    }

    /** "6x28x28" for maps, "120" for a vector. */
    @Override
    public String toString() {
        return vector ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
