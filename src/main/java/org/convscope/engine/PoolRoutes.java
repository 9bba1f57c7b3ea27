package org.convscope.engine;

/**
 * The route of a max-pooling pass: for every output cell, the flat index of the input cell whose
 * value won its window. Backward sends each output gradient along this route and nowhere else.
 */
public final class PoolRoutes implements TraceExtra {
    private final Shape inputShape;
    private final Shape outputShape;
    private final int[] source;

    public PoolRoutes(Shape inputShape, Shape outputShape, int[] source) {
        if (source.length != outputShape.size()) {
            throw new IllegalArgumentException("one route per output cell");
        }
        this.inputShape = inputShape;
        this.outputShape = outputShape;
        this.source = source.clone();
    }

    public Shape inputShape() {
        return inputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    /** Flat input index that output cell {@code outputIndex} came from. */
    public int sourceOf(int outputIndex) {
        return source[outputIndex];
    }

    /** Input flat index of the winner for output cell (c, y, x). */
    public int sourceOf(int channel, int y, int x) {
        return source[outputShape.index(channel, y, x)];
    }

    public int size() {
        return source.length;
    }

    public int[] toArray() {
        return source.clone();
    }
}
