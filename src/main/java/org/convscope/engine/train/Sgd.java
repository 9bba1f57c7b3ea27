package org.convscope.engine.train;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.Param;

/**
 * Stochastic gradient descent with optional momentum:
 * {@code v = momentum * v - lr * g;  w = w + v}. With momentum 0 this is plain {@code w -= lr * g}.
 * Momentum keeps a running direction, so steps grow along consistent slopes and oscillations
 * across a narrow valley cancel out.
 */
public final class Sgd implements Optimizer {
    private double learningRate;
    private final double momentum;
    private final Map<Param, double[]> velocity = new IdentityHashMap<>();

    public Sgd(double learningRate, double momentum) {
        if (!(learningRate > 0) || !(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("sgd needs lr > 0 and momentum in [0, 1), got lr " + learningRate
                    + ", momentum " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void step(List<Param> params) {
        for (Param p : params) {
            double[] w = p.value();
            double[] g = p.grad();
            if (momentum == 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= learningRate * g[i];
                }
                continue;
            }
            double[] v = velocity.computeIfAbsent(p, k -> new double[w.length]);
            for (int i = 0; i < w.length; i++) {
                v[i] = momentum * v[i] - learningRate * g[i];
                w[i] += v[i];
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

    public double momentum() {
        return momentum;
    }
}
