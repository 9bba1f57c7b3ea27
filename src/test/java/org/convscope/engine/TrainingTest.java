package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.convscope.engine.train.Adam;
import org.convscope.engine.train.BatchResult;
import org.convscope.engine.train.Evaluation;
import org.convscope.engine.train.Optimizer;
import org.convscope.engine.train.Regularization;
import org.convscope.engine.train.Sgd;
import org.convscope.engine.train.Trainer;
import org.convscope.engine.train.TrainingDivergedException;
import org.junit.jupiter.api.Test;

/** Training end to end on generated images: it learns, and it is deterministic. */
class TrainingTest {
    private static final NetworkSpec SMALL_CNN = new NetworkSpec(Shape.of(1, 16, 16), List.of(
            new Conv2D.Spec(4, 3, 1), new ReLU.Spec(), new MaxPool2D.Spec(2),
            new Flatten.Spec(), new Dense.Spec(2)));

    private static List<Double> train(NetworkSpec spec, Optimizer optimizer, Regularization reg, long seed, int threads,
            Examples data, int epochs, Network[] out) {
        Rng rng = new Rng(seed);
        Network net = Network.build(spec, rng);
        List<Double> losses = new ArrayList<>();
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        try (Trainer trainer = new Trainer(net, optimizer, reg, rng, threads)) {
            for (int e = 0; e < epochs; e++) {
                BatchResult r = trainer.trainEpoch(data, trainer.shuffled(all), 16, null);
                losses.add(r.meanLoss());
            }
        }
        out[0] = net;
        return losses;
    }

    @Test
    void learnsTwoGeneratedShapesToOver95PercentOnUnseenImages() {
        TwoShapes train = new TwoShapes(400, 16, 1);
        TwoShapes test = new TwoShapes(200, 16, 2);
        Network[] net = new Network[1];
        List<Double> losses = train(SMALL_CNN, new Adam(0.01), Regularization.NONE, 3, 2, train, 4, net);

        assertTrue(losses.get(losses.size() - 1) < losses.get(0) * 0.5, "loss fell: " + losses);
        Evaluation eval = Evaluation.of(net[0], test);
        assertTrue(eval.accuracy() > 0.95, "accuracy " + eval.accuracy());
        assertEquals(200, eval.count());
        assertEquals(eval.correct(), eval.confusion()[0][0] + eval.confusion()[1][1]);
    }

    @Test
    void sgdWithMomentumAndL2AlsoLowersTheLoss() {
        TwoShapes train = new TwoShapes(200, 16, 5);
        Network[] net = new Network[1];
        List<Double> losses = train(SMALL_CNN, new Sgd(0.05, 0.9), new Regularization(0, 1e-4), 4, 1, train, 4, net);
        assertTrue(losses.get(3) < losses.get(0), "loss fell: " + losses);
    }

    @Test
    void theSameSeedGivesTheSameModelBitForBitWhateverTheThreadCount() {
        TwoShapes data = new TwoShapes(96, 28, 7);
        NetworkSpec lenet = Presets.lenet5();
        Network[] a = new Network[1];
        Network[] b = new Network[1];
        Network[] c = new Network[1];
        train(lenet, new Adam(0.001), new Regularization(1e-5, 1e-4), 42, 1, data, 2, a);
        train(lenet, new Adam(0.001), new Regularization(1e-5, 1e-4), 42, 2, data, 2, b);
        train(lenet, new Adam(0.001), new Regularization(1e-5, 1e-4), 43, 2, data, 2, c);
        for (int p = 0; p < a[0].params().size(); p++) {
            assertArrayEquals(a[0].params().get(p).value(), b[0].params().get(p).value(), 0.0, "param " + p);
        }
        assertNotEquals(a[0].params().get(0).value()[0], c[0].params().get(0).value()[0], "another seed, another model");
    }

    @Test
    void aDivergingRunIsReportedNotSilentlyContinued() {
        TwoShapes data = new TwoShapes(64, 16, 8);
        Network[] net = new Network[1];
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> train(SMALL_CNN, new Sgd(1e300, 0), Regularization.NONE, 1, 1, data, 3, net));
        assertTrue(e.getMessage().contains("lower the learning rate"), e.getMessage());
    }

    @Test
    void aNaNInTheDataStopsTrainingWithAMessage() {
        TwoShapes good = new TwoShapes(32, 16, 9);
        Examples broken = new Examples() {
            @Override
            public int size() {
                return good.size();
            }

            @Override
            public Tensor input(int index) {
                if (index != 5) {
                    return good.input(index);
                }
                double[] v = good.input(index).toArray();
                v[40] = Double.NaN;
                return Tensor.wrap(good.input(index).shape(), v);
            }

            @Override
            public int label(int index) {
                return good.label(index);
            }
        };
        Network[] net = new Network[1];
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> train(SMALL_CNN, new Adam(0.01), Regularization.NONE, 1, 2, broken, 1, net));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().startsWith("training diverged"), e.getMessage());
    }
}
