package org.convscope.ui.loss;

import java.util.Objects;
import org.convscope.engine.LossTrace;

/**
 * The numbers of the softmax and loss step, each intermediate one the engine computes without
 * keeping: the logits z, their maximum m, e^(z - m), the sum of those, the probabilities p, the
 * loss -log p(target) and the gradient p - onehot(target) that starts the backward pass.
 * Probabilities, loss and gradient are the trace's own; the exponentials and their sum are
 * recomputed exactly as the engine computes them, so p = e / sum holds to the last bit.
 */
public record SoftmaxExplanation(double[] logits, double max, double[] exponentials, double sum,
        double[] probabilities, int target, double loss, double[] gradient) {

    public SoftmaxExplanation {
        logits = logits.clone();
        exponentials = exponentials.clone();
        probabilities = probabilities.clone();
        gradient = gradient.clone();
    }

    /** The explanation of the loss step in {@code trace}. */
    public static SoftmaxExplanation of(LossTrace trace) {
        Objects.requireNonNull(trace, "trace");
        double[] z = trace.logits().toArray();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        // Subtracting the largest logit first, as the engine does: e^z of a logit of 800 overflows,
        // e^(z - m) never exceeds 1, and p is unchanged.
        double[] e = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] - max);
            sum += e[i];
        }
        return new SoftmaxExplanation(z, max, e, sum, trace.probabilities().toArray(), trace.label(), trace.loss(),
                trace.gradLogits().toArray());
    }

    public int classes() {
        return logits.length;
    }

    /** The most probable class; -1 when a probability is not a number (NaN or infinite). */
    public int predicted() {
        for (double p : probabilities) {
            if (!Double.isFinite(p)) {
                return -1;
            }
        }
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    public double logit(int c) {
        return logits[c];
    }

    public double exponential(int c) {
        return exponentials[c];
    }

    public double probability(int c) {
        return probabilities[c];
    }

    /** dL/dz for class c: p - 1 for the target, p for every other class. */
    public double gradient(int c) {
        return gradient[c];
    }
}
