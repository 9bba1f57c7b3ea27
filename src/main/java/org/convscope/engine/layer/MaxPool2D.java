package org.convscope.engine.layer;

import java.util.Optional;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.TraceExtra;

/**
 * Max pooling: each output cell is the largest value of its window, per channel.
 *
 * <p>Forward records the route of every output cell, the flat index of the input cell that won
 * (the first one on a tie). Backward sends each output gradient back along its route only; every
 * other input cell of the window gets exactly zero, because nudging it would not change the output.
 */
public final class MaxPool2D implements Layer {

    public record Spec(int window, int stride) implements LayerSpec {
        public Spec {
            PoolGeometry.checkArguments("maxpool", window, stride);
        }

        /** Non-overlapping windows: stride = window. */
        public Spec(int window) {
            this(window, window);
        }

        @Override
        public String type() {
            return "maxpool";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new MaxPool2D(name, this, input);
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
    private int[] routes;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

    private MaxPool2D(String name, Spec spec, Shape input) {
        this.name = name;
        this.spec = spec;
        this.inputShape = input;
        this.outputShape = PoolGeometry.outputShape(name, input, spec.window(), spec.stride());
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        double[] in = input.data();
        int h = inputShape.height();
        int w = inputShape.width();
        int outH = outputShape.height();
        int outW = outputShape.width();
        int window = spec.window();
        int stride = spec.stride();
        reuseBuffers = mode.reusesBuffers();
        double[] out = output.any(outputShape.size(), reuseBuffers);
        // Always reused: the trace's PoolRoutes takes a copy.
        int[] route = routes != null ? routes : new int[out.length];
        int o = 0;
        for (int c = 0; c < outputShape.channels(); c++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++, o++) {
                    int best = (c * h + oy * stride) * w + ox * stride;
                    for (int dy = 0; dy < window; dy++) {
                        int rowStart = (c * h + oy * stride + dy) * w + ox * stride;
                        for (int dx = 0; dx < window; dx++) {
                            if (in[rowStart + dx] > in[best]) {
                                best = rowStart + dx;
                            }
                        }
                    }
                    out[o] = in[best];
                    route[o] = best;
                }
            }
        }
        routes = route;
        return Tensor.wrap(outputShape, out);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        double[] gradIn = inputGradient.zeroed(inputShape.size(), reuseBuffers);
        for (int o = 0; o < g.length; o++) {
            // += because overlapping windows (stride < window) can share a winner.
            gradIn[routes[o]] += g[o];
        }
        return Tensor.wrap(inputShape, gradIn);
    }

    @Override
    public Optional<TraceExtra> traceExtra() {
        return routes == null ? Optional.empty() : Optional.of(new PoolRoutes(inputShape, outputShape, routes));
    }

    @Override
    public Layer copyForWorker() {
        return new MaxPool2D(name, spec, inputShape);
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
