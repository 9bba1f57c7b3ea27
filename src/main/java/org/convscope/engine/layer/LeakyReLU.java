package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Shape;

/** Leaky ReLU: f(x) = x for x > 0, alpha*x otherwise, so negative units still pass a little gradient. */
public final class LeakyReLU extends Activation {

    /** @param alpha the slope for negative inputs, typically 0.01 */
    public record Spec(double alpha) implements LayerSpec {
        public Spec {
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("leaky relu slope must be in [0, 1), got " + alpha);
            }
        }

        public Spec() {
            this(0.01);
        }

        @Override
        public String type() {
            return "leakyrelu";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new LeakyReLU(name, this, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return input;
        }
    }

    private final double alpha;

    private LeakyReLU(String name, Spec spec, Shape shape) {
        super(name, spec, shape);
        this.alpha = spec.alpha();
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : alpha * x;
    }

    @Override
    protected double derivative(double x, double y) {
        return x > 0 ? 1 : alpha;
    }

    @Override
    public Spec spec() {
        return (Spec) super.spec();
    }

    @Override
    public Layer copyForWorker() {
        return new LeakyReLU(name(), spec(), inputShape());
    }
}
