package org.convscope.engine.train;

import java.util.List;
import org.convscope.engine.Param;

/**
 * L1 and L2 weight penalties added to the loss: {@code l1 * sum|w| + (l2 / 2) * sum w^2}, over
 * weights only; biases are never penalised (they set no pattern, only a threshold).
 * Gradients: {@code l1 * sign(w)} (0 at w = 0, the usual subgradient) and {@code l2 * w}.
 * L1 pushes small weights to exactly zero (sparse kernels); L2 shrinks all weights evenly.
 */
public record Regularization(double l1, double l2) {
    public static final Regularization NONE = new Regularization(0, 0);

    public Regularization {
        if (!(l1 >= 0) || !(l2 >= 0)) {
            throw new IllegalArgumentException("regularization strengths must be >= 0, got l1 " + l1 + ", l2 " + l2);
        }
    }

    /** The penalty term added to the loss. */
    public double penalty(List<Param> params) {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double abs = 0;
        double squares = 0;
        for (Param p : params) {
            if (!p.regularized()) {
                continue;
            }
            for (double w : p.value()) {
                abs += Math.abs(w);
                squares += w * w;
            }
        }
        return l1 * abs + 0.5 * l2 * squares;
    }

    /** Adds the penalty's gradient to every regularized parameter's gradient. */
    public void addGradients(List<Param> params) {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (Param p : params) {
            if (!p.regularized()) {
                continue;
            }
            double[] w = p.value();
            double[] g = p.grad();
            for (int i = 0; i < w.length; i++) {
                g[i] += l1 * Math.signum(w[i]) + l2 * w[i];
            }
        }
    }
}
