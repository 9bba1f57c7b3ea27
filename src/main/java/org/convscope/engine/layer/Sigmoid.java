package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Shape;

/** Logistic sigmoid: f(x) = 1/(1 + e^-x); f'(x) = f(x)(1 - f(x)), which vanishes where the unit saturates. */
public final class Sigmoid extends Activation {

    public record Spec() implements LayerSpec {
        @Override
        public String type() {
            return "sigmoid";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Sigmoid(name, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return input;
        }
    }

    private Sigmoid(String name, Shape shape) {
        super(name, new Spec(), shape);
    }

    @Override
    public double apply(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    protected double derivative(double x, double y) {
        return y * (1 - y);
    }

    @Override
    public Layer copyForWorker() {
        return new Sigmoid(name(), inputShape());
    }
}
