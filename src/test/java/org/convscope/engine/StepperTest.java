package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.engine.Stepper.Phase;
import org.junit.jupiter.api.Test;

/** The stepper walks forward layer by layer, computes the loss, walks backward, and can go back. */
class StepperTest {
    private final Network net = Network.build(Presets.lenet5(), new Rng(1));
    private final Tensor digit = new TwoShapes(1, 28, 3).input(0);

    @Test
    void walksForwardThenLossThenBackwardLastLayerFirst() {
        Stepper stepper = new Stepper(net, digit, 4, Mode.INFERENCE);
        int layers = net.layers().size();
        assertEquals(2 * layers + 1, stepper.totalSteps());
        assertEquals(Phase.START, stepper.phaseAt(0));
        assertTrue(stepper.current().layers().isEmpty());

        PassTrace afterConv1 = stepper.next();
        assertEquals(1, afterConv1.layers().size());
        assertEquals("conv1", afterConv1.layer(0).name());
        assertFalse(afterConv1.layer(0).hasBackward());
        assertNull(afterConv1.loss());

        for (int i = 1; i < layers; i++) {
            stepper.next();
        }
        assertEquals(layers, stepper.current().layers().size());
        PassTrace loss = stepper.next();
        assertEquals(Phase.LOSS, stepper.phaseAt(stepper.position()));
        assertEquals(4, loss.loss().label());
        assertEquals(-Math.log(loss.loss().probabilities().get(4)), loss.loss().loss(), 1e-12);

        PassTrace firstBackward = stepper.next();
        assertEquals(layers - 1, stepper.layerAt(stepper.position()), "backward starts at the last layer");
        assertTrue(firstBackward.layer(layers - 1).hasBackward());
        assertFalse(firstBackward.layer(layers - 2).hasBackward());
        assertArrayEquals(loss.loss().gradLogits().toArray(), firstBackward.layer(layers - 1).gradOutput().toArray());

        while (stepper.canStepForward()) {
            stepper.next();
        }
        PassTrace done = stepper.current();
        for (LayerTrace layer : done.layers()) {
            assertTrue(layer.hasBackward(), layer.name());
            for (ParamTrace p : layer.params()) {
                assertNotNull(p.grad(), layer.name() + " " + p.name());
            }
        }
        // Each layer's dL/dInput is the previous layer's dL/dOutput.
        for (int i = 1; i < layers; i++) {
            assertArrayEquals(done.layer(i).gradInput().toArray(), done.layer(i - 1).gradOutput().toArray());
        }
    }

    @Test
    void withoutAChosenLabelTheLossIsForThePredictedClass() {
        Stepper stepper = new Stepper(net, digit, Stepper.PREDICTED, Mode.INFERENCE);
        for (int i = 0; i <= net.layers().size(); i++) {
            stepper.next();
        }
        LossTrace loss = stepper.current().loss();
        assertEquals(net.predict(digit).argmax(), loss.label());
        assertEquals(loss.predicted(), loss.label());
    }

    @Test
    void aForwardTraceHasEveryLayerAndNoGradients() {
        PassTrace trace = net.forwardTrace(digit, Mode.INFERENCE);
        assertEquals(net.layers().size(), trace.layers().size());
        assertNull(trace.loss());
        assertFalse(trace.layer(0).hasBackward());
        assertArrayEquals(net.forward(digit, Mode.INFERENCE).toArray(), trace.layer(12).output().toArray());
    }

    @Test
    void previousReturnsTheSameSnapshotsAndNextReplaysThem() {
        Stepper stepper = new Stepper(net, digit, 2, Mode.training(new Rng(3)));
        PassTrace one = stepper.next();
        PassTrace two = stepper.next();
        assertSame(one, stepper.previous());
        assertSame(two, stepper.next());
        stepper.reset();
        assertEquals(0, stepper.position());
        assertFalse(stepper.canStepBack());
        assertThrows(IllegalStateException.class, stepper::previous);
    }

    @Test
    void applyingTheUpdateRaisesTheTargetsProbability() {
        int target = 7;
        Stepper stepper = new Stepper(net, digit, target, Mode.INFERENCE);
        assertThrows(IllegalStateException.class, () -> stepper.applyUpdate(0.01), "not before backward");
        while (stepper.canStepForward()) {
            stepper.next();
        }
        double before = stepper.current().loss().probabilities().get(target);
        stepper.applyUpdate(0.01);
        double after = net.predict(digit).get(target);
        assertTrue(after > before, "p(target) " + before + " -> " + after);
    }

    @Test
    void steppingLeavesTheNetworksOwnGradientsAlone() {
        net.zeroGrads();
        net.trace(digit, 1, Mode.INFERENCE);
        for (Param p : net.params()) {
            for (double g : p.grad()) {
                assertEquals(0.0, g);
            }
        }
    }

    @Test
    void dropoutMaskIsRecordedAndStopsTheGradientInTrainingMode() {
        PassTrace trace = net.trace(digit, 3, Mode.training(new Rng(8)));
        LayerTrace dropout = trace.layers().stream().filter(l -> l.type().equals("dropout")).findFirst().orElseThrow();
        DropoutMask mask = (DropoutMask) dropout.extra().orElseThrow();
        assertTrue(mask.active());
        assertEquals(2.0, mask.scale());
        assertTrue(mask.keptCount() > 20 && mask.keptCount() < 100, "about half of 120 kept: " + mask.keptCount());
        for (int i = 0; i < mask.size(); i++) {
            if (mask.kept(i)) {
                assertEquals(dropout.input().get(i) * 2, dropout.output().get(i), 1e-12);
                assertEquals(dropout.gradOutput().get(i) * 2, dropout.gradInput().get(i), 1e-12);
            } else {
                assertEquals(0.0, dropout.output().get(i));
                assertEquals(0.0, dropout.gradInput().get(i), "no gradient through a dropped unit");
            }
        }
        PassTrace inference = net.trace(digit, 3, Mode.INFERENCE);
        DropoutMask off = (DropoutMask) inference.layer(9).extra().orElseThrow();
        assertFalse(off.active());
        assertArrayEquals(inference.layer(9).input().toArray(), inference.layer(9).output().toArray());
    }

    @Test
    void maxPoolRoutesInTheTraceMatchTheMaximumOfEachWindow() {
        PassTrace trace = net.trace(digit, 3, Mode.INFERENCE);
        LayerTrace pool = trace.layer(2);
        PoolRoutes routes = (PoolRoutes) pool.extra().orElseThrow();
        for (int o = 0; o < routes.size(); o++) {
            assertEquals(pool.output().get(o), pool.input().get(routes.sourceOf(o)));
        }
    }
}
