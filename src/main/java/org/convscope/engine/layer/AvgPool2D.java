package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Average pooling: each output cell is the mean of its window, per channel.
 *
 * <p>Every cell of a window counts equally, so backward splits each output gradient evenly:
 * each of the window's k^2 input cells receives gradient / k^2.
 */
public final class AvgPool2D implements Layer {

    public record Spec(int window, int stride) implements LayerSpec {
        public Spec {
            PoolGeometry.checkArguments("avgpool", window, stride);
        }

        /** Non-overlapping windows: stride = window. */
        public Spec(int window) {
            this(window, window);
        }

        @Override
        public String type() {
            return "avgpool";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new AvgPool2D(name, this, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return PoolGeometry.outputShape(type(), input, window, stride);
        }
    }

    private final String name;
    private final Spec spec;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

    private AvgPool2D(String name, Spec spec, Shape input) {
        this.name = name;
        this.spec = spec;
        this.inputShape = input;
        this.outputShape = PoolGeometry.outputShape(name, input, spec.window(), spec.stride());
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        double[] in = input.data();
        reuseBuffers = mode.reusesBuffers();
        double[] out = output.any(outputShape.size(), reuseBuffers);
        double share = 1.0 / (spec.window() * spec.window());
        int o = 0;
        for (int c = 0; c < outputShape.channels(); c++) {
            for (int oy = 0; oy < outputShape.height(); oy++) {
                for (int ox = 0; ox < outputShape.width(); ox++, o++) {
                    double sum = 0;
                    for (int dy = 0; dy < spec.window(); dy++) {
                        int rowStart = windowRowStart(c, oy, ox, dy);
                        for (int dx = 0; dx < spec.window(); dx++) {
                            sum += in[rowStart + dx];
                        }
                    }
                    out[o] = sum * share;
                }
            }
        }
        return Tensor.wrap(outputShape, out);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        double[] gradIn = inputGradient.zeroed(inputShape.size(), reuseBuffers);
        double share = 1.0 / (spec.window() * spec.window());
        int o = 0;
        for (int c = 0; c < outputShape.channels(); c++) {
            for (int oy = 0; oy < outputShape.height(); oy++) {
                for (int ox = 0; ox < outputShape.width(); ox++, o++) {
                    double part = g[o] * share;
                    for (int dy = 0; dy < spec.window(); dy++) {
                        int rowStart = windowRowStart(c, oy, ox, dy);
                        for (int dx = 0; dx < spec.window(); dx++) {
                            gradIn[rowStart + dx] += part;
                        }
                    }
                }
            }
        }
        return Tensor.wrap(inputShape, gradIn);
    }

    /** Flat input index of the first cell in row {@code dy} of output cell (c, oy, ox)'s window. */
    private int windowRowStart(int c, int oy, int ox, int dy) {
        return inputShape.index(c, oy * spec.stride() + dy, ox * spec.stride());
    }

    @Override
    public Layer copyForWorker() {
        return new AvgPool2D(name, spec, inputShape);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
