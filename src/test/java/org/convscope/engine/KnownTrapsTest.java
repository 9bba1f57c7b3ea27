package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.train.Adam;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Sgd;
import org.junit.jupiter.api.Test;

/** Bugs other engines have shipped, each pinned down here. */
class KnownTrapsTest {

    @Test
    void invertedDropoutScalesKeptUnitsInTrainingAndIsTheIdentityAtInference() {
        Shape shape = Shape.vector(20_000);
        Layer dropout = new Dropout.Spec(0.25).build("dropout1", shape);
        double[] ones = new double[shape.size()];
        Arrays.fill(ones, 1);
        Tensor x = Tensor.wrap(shape, ones);

        Tensor trained = dropout.forward(x, Mode.training(new Rng(1)));
        double sum = 0;
        for (int i = 0; i < trained.size(); i++) {
            double v = trained.get(i);
            assertEquals(true, v == 0 || Math.abs(v - 1 / 0.75) < 1e-15, "kept units are scaled by 1/(1-p)");
            sum += v;
        }
        assertEquals(1.0, sum / trained.size(), 0.02, "the expected output equals the input");

        assertSame(x, dropout.forward(x, Mode.INFERENCE), "identity at inference");
    }

    @Test
    void adamsFirstStepMovesEachWeightByTheLearningRate() {
        // With bias correction m^ = g and v^ = g^2 on step 1, so the step is lr * g/|g| = lr.
        // Without it (or multiplying instead of dividing) the step would be off by far more.
        Param p = new Param("weights", new int[] {1, 3}, true);
        p.setValues(new double[] {1, 1, 1});
        System.arraycopy(new double[] {0.5, -2, 1e-3}, 0, p.grad(), 0, 3);
        new Adam(0.01).step(List.of(p));
        assertArrayEquals(new double[] {0.99, 1.01, 0.99}, p.value(), 1e-6);
    }

    @Test
    void aChangedLearningRateTakesEffectOnTheNextStep() {
        Param p = new Param("weights", new int[] {1}, true);
        p.grad()[0] = 2;
        Sgd sgd = new Sgd(0.1, 0);
        sgd.step(List.of(p));
        sgd.setLearningRate(0.01);
        sgd.step(List.of(p));
        assertEquals(-0.2 - 0.02, p.value()[0], 1e-15);
        Adam adam = new Adam(0.1);
        adam.setLearningRate(0.05);
        assertEquals(0.05, adam.learningRate());
    }

    @Test
    void regularizationNeverTouchesBiases() {
        Layer dense = new Dense.Spec(2).build("dense1", Shape.vector(2));
        dense.params().get(0).setValues(new double[] {1, -2, 0, 3});
        dense.params().get(1).setValues(new double[] {5, -5});
        Regularization reg = new Regularization(0.1, 0.2);

        assertEquals(0.1 * 6 + 0.5 * 0.2 * 14, reg.penalty(dense.params()), 1e-12);
        reg.addGradients(dense.params());
        // L1 gradient is sign(w), 0 at w = 0; L2 gradient is l2 * w.
        assertArrayEquals(new double[] {0.1 + 0.2, -0.1 - 0.4, 0, 0.1 + 0.6}, dense.params().get(0).grad(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, dense.params().get(1).grad(), 0.0);
    }
}
