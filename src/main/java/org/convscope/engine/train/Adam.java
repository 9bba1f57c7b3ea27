package org.convscope.engine.train;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.Param;

/**
 * Adam (Kingma and Ba, 2015): per-weight step sizes from running averages of the gradient (m)
 * and of its square (v).
 * <pre>
 *   m = b1 m + (1 - b1) g          v = b2 v + (1 - b2) g^2
 *   m^ = m / (1 - b1^t)            v^ = v / (1 - b2^t)
 *   w = w - lr * m^ / (sqrt(v^) + eps)
 * </pre>
 * m and v start at zero, so early averages are biased towards zero; dividing by (1 - b^t)
 * corrects that (a known bug in some engines multiplies instead).
 */
public final class Adam implements Optimizer {
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Param, double[][]> moments = new IdentityHashMap<>();
    private int t;

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("adam needs lr > 0, got " + learningRate);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(List<Param> params) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (Param p : params) {
            double[] w = p.value();
            double[] g = p.grad();
            double[][] mv = moments.computeIfAbsent(p, k -> new double[][] {new double[w.length], new double[w.length]});
            double[] m = mv[0];
            double[] v = mv[1];
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double mHat = m[i] / correction1;
                double vHat = v[i] / correction2;
                w[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
            }
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void setLearningRate(double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("the learning rate must be positive, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** Number of steps taken so far. */
    public int steps() {
        return t;
    }
}
