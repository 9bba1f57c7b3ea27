package org.convscope.engine.layer;

import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * An activation function applied to every value on its own: output shape = input shape, no
 * parameters. Backward multiplies the incoming gradient by the derivative at each input, so a
 * unit whose derivative is zero (a ReLU below zero, a saturated sigmoid) passes no gradient.
 *
 * <p>{@link #apply} and {@link #derivativeAt} are public so the activation view can plot the
 * function and its derivative.
 */
public abstract class Activation implements Layer {
    private final String name;
    private final LayerSpec spec;
    private final Shape shape;
    private Tensor lastInput;
    private Tensor lastOutput;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

    protected Activation(String name, LayerSpec spec, Shape shape) {
        this.name = name;
        this.spec = spec;
        this.shape = shape;
    }

    /** f(x). */
    public abstract double apply(double x);

    /** f'(x), given x and y = f(x) (sigmoid and tanh are cheapest from y). */
    protected abstract double derivative(double x, double y);

    /** f'(x), for plots. */
    public final double derivativeAt(double x) {
        return derivative(x, apply(x));
    }

    @Override
    public final Tensor forward(Tensor input, Mode mode) {
        double[] x = input.data();
        reuseBuffers = mode.reusesBuffers();
        double[] y = output.any(x.length, reuseBuffers);
        for (int i = 0; i < x.length; i++) {
            y[i] = apply(x[i]);
        }
        lastInput = input;
        lastOutput = Tensor.wrap(shape, y);
        return lastOutput;
    }

    @Override
    public final Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        double[] x = lastInput.data();
        double[] y = lastOutput.data();
        double[] gradIn = inputGradient.any(g.length, reuseBuffers);
        for (int i = 0; i < g.length; i++) {
            gradIn[i] = g[i] * derivative(x[i], y[i]);
        }
        return Tensor.wrap(shape, gradIn);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public LayerSpec spec() {
        return spec;
    }

    @Override
    public final Shape inputShape() {
        return shape;
    }

    @Override
    public final Shape outputShape() {
        return shape;
    }
}
