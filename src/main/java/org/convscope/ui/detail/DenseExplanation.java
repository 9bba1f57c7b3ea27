package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Tensor;

/**
 * The numbers of one fully connected layer for one digit, as the dense view explains them: unit j
 * computes y_j = sum over i of w[j][i] x x_i, plus b_j. Read from the layer's trace (its input, its
 * weights and bias, and on backward steps their gradients), so the sums are the engine's own terms.
 */
public final class DenseExplanation {
    /** One term w[j][i] x x_i of a unit's weighted sum. */
    public record Term(int input, double weight, double value) {
        public double product() {
            return weight * value;
        }
    }

    private final Tensor input;
    private final Tensor output;
    private final ParamTrace weights;
    private final ParamTrace bias;
    private final Tensor gradOutput;
    private final int units;
    private final int inputs;

    private DenseExplanation(LayerTrace trace, ParamTrace weights, ParamTrace bias) {
        this.input = trace.input();
        this.output = trace.output();
        this.weights = weights;
        this.bias = bias;
        this.gradOutput = trace.gradOutput();
        this.units = weights.dims()[0];
        this.inputs = weights.dims()[1];
    }

    /** The explanation of a dense layer's trace; its parameters are the weights [units, inputs] and the bias. */
    public static DenseExplanation of(LayerTrace trace) {
        ParamTrace w = null;
        ParamTrace b = null;
        for (ParamTrace p : trace.params()) {
            if (p.dims().length == 2) {
                w = p;
            } else if (p.dims().length == 1) {
                b = p;
            }
        }
        if (w == null || b == null) {
            throw new IllegalArgumentException(trace.name() + " is not a dense layer: it has no weight matrix and bias");
        }
        return new DenseExplanation(trace, w, b);
    }

    public int units() {
        return units;
    }

    public int inputs() {
        return inputs;
    }

    /** The weight matrix as a 1 x units x inputs tensor: a map with a row per unit. */
    public Tensor weightMap() {
        return weights.value().reshape(org.convscope.engine.Shape.of(1, units, inputs));
    }

    /** dL/dW as a map like {@link #weightMap()}; null before the backward step reached the layer. */
    public Tensor weightGradientMap() {
        return weights.grad() == null ? null : weights.grad().reshape(org.convscope.engine.Shape.of(1, units, inputs));
    }

    public double weight(int unit, int in) {
        return weights.value().get(unit * inputs + in);
    }

    public double bias(int unit) {
        return bias.value().get(unit);
    }

    public double input(int in) {
        return input.get(in);
    }

    /** Sum over i of w[unit][i] x x_i, without the bias. */
    public double weightedSum(int unit) {
        double sum = 0;
        for (int i = 0; i < inputs; i++) {
            sum += weight(unit, i) * input(i);
        }
        return sum;
    }

    /** The engine's output y_unit (weighted sum plus bias). */
    public double output(int unit) {
        return output.get(unit);
    }

    /** The {@code count} terms of the unit's sum that weigh most (largest |w x|), largest first. */
    public List<Term> largestTerms(int unit, int count) {
        List<Term> terms = new ArrayList<>(inputs);
        for (int i = 0; i < inputs; i++) {
            terms.add(new Term(i, weight(unit, i), input(i)));
        }
        terms.sort(Comparator.comparingDouble((Term t) -> Math.abs(t.product())).reversed());
        return List.copyOf(terms.subList(0, Math.min(count, terms.size())));
    }

    /** How many inputs are exactly 0 (after a ReLU, many): their terms add nothing whatever the weight. */
    public int zeroInputs() {
        int zeros = 0;
        for (int i = 0; i < inputs; i++) {
            if (input(i) == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    public boolean hasGradients() {
        return gradOutput != null && weights.grad() != null;
    }

    /** dL/dy_unit, the gradient arriving at the unit. */
    public double outputGradient(int unit) {
        return gradOutput.get(unit);
    }

    /** The engine's dL/dw[unit][in], which is dL/dy_unit x x_in. */
    public double weightGradient(int unit, int in) {
        return weights.grad().get(unit * inputs + in);
    }
}
