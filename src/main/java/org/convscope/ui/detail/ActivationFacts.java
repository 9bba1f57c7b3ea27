package org.convscope.ui.detail;

import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Activation;
import org.convscope.engine.layer.Sigmoid;
import org.convscope.engine.layer.Tanh;

/**
 * What the activation view computes about an activation layer, always through the engine's own
 * {@link Activation#apply f} and {@link Activation#derivativeAt f'}, so the plot and the numbers
 * cannot drift from what the network does: the curve samples, which units pass (almost) no
 * gradient, and the backward rule dL/dInput = dL/dOutput x f'(x). Pure Java (no JavaFX), tested
 * against the engine's traces.
 *
 * <p>"No gradient" depends on the function. A ReLU's derivative is exactly 0 for x &le; 0: the
 * unit is dead for this digit. A sigmoid's or tanh's is never exactly 0, but below
 * {@value #SATURATED_BELOW} it lets through less than a hundredth of the gradient: saturated. A
 * leaky ReLU keeps its slope alpha below 0, so none of its units is dead (unless alpha is 0).
 */
public final class ActivationFacts {
    /** Below this |f'(x)| a sigmoid or tanh unit counts as saturated. */
    public static final double SATURATED_BELOW = 0.01;

    /** How a unit can stop the gradient. */
    public enum Rule {
        /** f'(x) is exactly 0 (ReLU, x &le; 0). */
        DEAD,
        /** |f'(x)| &lt; {@value ActivationFacts#SATURATED_BELOW} (sigmoid, tanh, far from 0). */
        SATURATED
    }

    /** f and f' sampled at the same points, for the plot. */
    public record Curve(double[] x, double[] f, double[] derivative) {
    }

    private final Activation function;
    private final Rule rule;

    public ActivationFacts(Activation function) {
        this.function = function;
        this.rule = function instanceof Sigmoid || function instanceof Tanh ? Rule.SATURATED : Rule.DEAD;
    }

    public Rule rule() {
        return rule;
    }

    /** f(x), the engine's. */
    public double f(double x) {
        return function.apply(x);
    }

    /** f'(x), the engine's. */
    public double derivative(double x) {
        return function.derivativeAt(x);
    }

    /** Whether a unit with pre-activation x passes no gradient back (dead) or almost none (saturated). */
    public boolean passesNoGradient(double x) {
        double d = derivative(x);
        return rule == Rule.DEAD ? d == 0 : Math.abs(d) < SATURATED_BELOW;
    }

    /** How many of {@code inputs}' values pass no gradient. */
    public int countNoGradient(Tensor inputs) {
        int n = 0;
        for (double x : inputs.data()) {
            if (passesNoGradient(x)) {
                n++;
            }
        }
        return n;
    }

    /** Which units of map {@code map} of {@code inputs} (all of a vector) pass no gradient, in the map's order. */
    public boolean[] noGradientInMap(Tensor inputs, int map) {
        boolean vector = inputs.shape().vector();
        int size = vector ? inputs.size() : inputs.shape().mapSize();
        int offset = vector ? 0 : map * size;
        boolean[] marked = new boolean[size];
        for (int i = 0; i < size; i++) {
            marked[i] = passesNoGradient(inputs.get(offset + i));
        }
        return marked;
    }

    /** dL/dInput of one unit: dL/dOutput x f'(x), exactly as the layer's backward step computes it. */
    public double gradInput(double gradOutput, double x) {
        return gradOutput * derivative(x);
    }

    /**
     * f and f' at {@code samples} points from {@code from} to {@code to}; 0, where a ReLU bends and
     * its derivative jumps, is one of the points when it is in the range, so the kink is drawn sharp.
     */
    public Curve sample(double from, double to, int samples) {
        double[] xs = new double[samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = from + (to - from) * i / (samples - 1);
        }
        if (from < 0 && to > 0) {
            int nearest = (int) Math.round(-from / (to - from) * (samples - 1));
            xs[Math.max(1, Math.min(samples - 2, nearest))] = 0;
        }
        double[] f = new double[samples];
        double[] d = new double[samples];
        for (int i = 0; i < samples; i++) {
            f[i] = f(xs[i]);
            d[i] = derivative(xs[i]);
        }
        return new Curve(xs, f, d);
    }

    /**
     * The x range to plot for inputs between {@code min} and {@code max}: exactly the inputs' range,
     * so the tick labels at its ends are this digit's extremes, widened to hold 0 (where the
     * functions bend), and never empty.
     */
    public static double[] plotRange(double min, double max) {
        double lo = Math.min(min, 0);
        double hi = Math.max(max, 0);
        return hi - lo > 1e-12 ? new double[] {lo, hi} : new double[] {-1, 1};
    }
}
