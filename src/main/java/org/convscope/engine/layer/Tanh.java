package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Shape;

/** Hyperbolic tangent: f(x) = tanh(x); f'(x) = 1 - f(x)^2. Zero-centred, saturates at -1 and 1. */
public final class Tanh extends Activation {

    public record Spec() implements LayerSpec {
        @Override
        public String type() {
            return "tanh";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Tanh(name, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return input;
        }
    }

    private Tanh(String name, Shape shape) {
        super(name, new Spec(), shape);
    }

    @Override
    public double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    protected double derivative(double x, double y) {
        return 1 - y * y;
    }

    @Override
    public Layer copyForWorker() {
        return new Tanh(name(), inputShape());
    }
}
