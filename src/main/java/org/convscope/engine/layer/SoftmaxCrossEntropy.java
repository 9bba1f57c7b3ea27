package org.convscope.engine.layer;

import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Softmax followed by cross-entropy loss, fused on purpose.
 *
 * <p>Softmax turns the last layer's outputs (logits z) into probabilities
 * {@code p_i = e^(z_i - m) / sum_j e^(z_j - m)}; subtracting m = max(z) changes nothing
 * mathematically but keeps e^z from overflowing. The loss for the true class t is {@code -log p_t}.
 *
 * <p>Why fused: taken separately, backward would divide by p_t (dL/dp_t = -1/p_t) and then
 * multiply by the softmax Jacobian, which loses precision when p_t is tiny. Together the gradient
 * with respect to the logits simplifies to {@code p - onehot(t)}: exact, and never larger than 1.
 */
public final class SoftmaxCrossEntropy {
    /** Probabilities are floored here inside the log, so a confident mistake gives a large finite loss. */
    private static final double MIN_PROBABILITY = 1e-300;

    private SoftmaxCrossEntropy() {
    }

    /** Class probabilities for the given logits. */
    public static Tensor probabilities(Tensor logits) {
        double[] z = logits.data();
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
        return Tensor.wrap(Shape.vector(z.length), p);
    }

    /** Cross-entropy loss -log p[label]. */
    public static double loss(Tensor probabilities, int label) {
        checkLabel(probabilities, label);
        return -Math.log(Math.max(probabilities.get(label), MIN_PROBABILITY));
    }

    /** dL/dlogits = p - onehot(label). */
    public static Tensor gradient(Tensor probabilities, int label) {
        checkLabel(probabilities, label);
        double[] g = probabilities.toArray();
        g[label] -= 1;
        return Tensor.wrap(probabilities.shape(), g);
    }

    private static void checkLabel(Tensor probabilities, int label) {
        if (label < 0 || label >= probabilities.size()) {
            throw new IllegalArgumentException(
                    "label " + label + " is outside the " + probabilities.size() + " classes 0.." + (probabilities.size() - 1));
        }
    }
}
