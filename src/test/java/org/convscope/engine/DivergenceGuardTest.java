package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.convscope.engine.train.DivergenceGuard;
import org.convscope.engine.train.Evaluation;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Sgd;
import org.convscope.engine.train.Trainer;
import org.convscope.engine.train.TrainingDivergedException;
import org.junit.jupiter.api.Test;

/** The one rule every trainer stops a diverging run by, and the chance-level check after training. */
class DivergenceGuardTest {
    private static final double LN10 = Math.log(10);

    @Test
    void theReferenceIsTheFirstLossOrTheUniformGuessWhicheverIsLarger() {
        DivergenceGuard fresh = new DivergenceGuard(10);
        fresh.observe(2.5);
        assertEquals(2.5, fresh.reference());
        assertEquals(7.5, fresh.threshold(), 1e-12, "reference + 5 is larger than 3 x 2.5");

        DivergenceGuard fineTuned = new DivergenceGuard(10);
        fineTuned.observe(0.05);
        assertEquals(LN10, fineTuned.reference(), 1e-12, "a trained model is measured against ln(10), not 0.05");
        assertEquals(LN10 + 5, fineTuned.threshold(), 1e-12);

        DivergenceGuard badStart = new DivergenceGuard(10);
        badStart.observe(20);
        assertEquals(60, badStart.threshold(), 1e-12, "3 x 20 is larger than 20 + 5");
    }

    @Test
    void fiveBatchesInARowAboveTheThresholdStopTheRun() {
        DivergenceGuard guard = new DivergenceGuard(10);
        guard.observe(2.30);
        for (int i = 0; i < DivergenceGuard.PATIENCE - 1; i++) {
            guard.observe(582);
        }
        guard.observe(7.2); // just below max(6.9, 7.3): the count starts again
        for (int i = 0; i < DivergenceGuard.PATIENCE - 1; i++) {
            guard.observe(582);
        }
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> guard.observe(582.4));
        assertEquals("loss 582 at batch 11 (2.30 at the start)", e.what());
        assertEquals(11, e.batch());
        assertEquals(582.4, e.loss());
        assertEquals(LN10, e.reference(), 1e-12, "2.30 is just below ln(10)");
    }

    @Test
    void oneSpikeThatRecoversDoesNotStopTheRun() {
        DivergenceGuard guard = new DivergenceGuard(10);
        assertDoesNotThrow(() -> {
            guard.observe(2.3);
            for (int i = 0; i < 100; i++) {
                guard.observe(i % 5 == 4 ? 1.0 : 50); // four high batches, then one that recovers
            }
        });
    }

    @Test
    void aNonFiniteLossStopsTheRunAtOnce() {
        DivergenceGuard guard = new DivergenceGuard(10);
        guard.observe(2.3);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> guard.observe(Double.POSITIVE_INFINITY));
        assertEquals("the loss became Infinity at batch 2", e.what());
        assertTrue(e.getMessage().startsWith("training diverged: "), e.getMessage());
    }

    @Test
    void aLearningRateOf1e6StopsTrainingLongBeforeNaNWithFiniteWeights() {
        TwoShapes data = new TwoShapes(320, 16, 4);
        NetworkSpec spec = new NetworkSpec(Shape.of(1, 16, 16), List.of(new Conv2D.Spec(4, 3, 1), new ReLU.Spec(),
                new MaxPool2D.Spec(2), new Flatten.Spec(), new Dense.Spec(2)));
        Rng rng = new Rng(1);
        Network network = Network.build(spec, rng);
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        try (Trainer trainer = new Trainer(network, new Sgd(1e6, 0.9), Regularization.NONE, rng, 1)) {
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> {
                for (int epoch = 0; epoch < 20; epoch++) {
                    trainer.trainEpoch(data, trainer.shuffled(all), 8, null);
                }
            });
            assertTrue(e.batch() <= 20, "stopped within a few batches, at " + e.batch() + ": " + e.getMessage());
            for (Param p : network.params()) {
                for (double v : p.value()) {
                    assertTrue(Double.isFinite(v), "the weights never reached NaN: " + e.getMessage());
                }
            }
        }
    }

    @Test
    void chanceLevelNeedsAtLeastAHundredImages() {
        assertEquals(0.15, DivergenceGuard.chanceAccuracy(10), 1e-12);
        assertTrue(DivergenceGuard.atChance(evaluation(15, 100)), "15% of 100 is chance for ten classes");
        assertFalse(DivergenceGuard.atChance(evaluation(16, 100)));
        assertFalse(DivergenceGuard.atChance(evaluation(5, 99)), "99 images are too few to judge");
    }

    private static Evaluation evaluation(int correct, int count) {
        return new Evaluation(correct, count, 2.3, new int[10][10], 0, -1);
    }
}
