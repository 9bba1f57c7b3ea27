package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Shape;

/** Rectified linear unit: f(x) = max(0, x); f'(x) = 1 for x > 0, else 0 (a "dead" unit passes no gradient). */
public final class ReLU extends Activation {

    public record Spec() implements LayerSpec {
        @Override
        public String type() {
            return "relu";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new ReLU(name, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return input;
        }
    }

    private ReLU(String name, Shape shape) {
        super(name, new Spec(), shape);
    }

    @Override
    public double apply(double x) {
        // Math.max compiles to one branch-free instruction (a branch on the sign mispredicts half
        // the time on real activations), and it keeps a NaN visible instead of turning it into 0.
        return Math.max(x, 0);
    }

    @Override
    protected double derivative(double x, double y) {
        return x > 0 ? 1 : 0;
    }

    @Override
    public Layer copyForWorker() {
        return new ReLU(name(), inputShape());
    }
}
