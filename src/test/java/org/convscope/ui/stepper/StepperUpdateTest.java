package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Network;
import org.convscope.engine.Param;
import org.convscope.engine.Stepper.Phase;
import org.junit.jupiter.api.Test;

class StepperUpdateTest {

    @Test
    void applyUpdateRaisesTheTargetsProbabilityAndRerunsToTheLoss() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.tiny());
        stepper.setTargetLabel(4);
        stepper.learningRateProperty().set(0.05);
        StepperViewModelTest.stepTo(stepper, 17);
        double before = stepper.getTrace().loss().probabilities().get(4);
        long weights = stepper.weightsRevisionProperty().get();

        stepper.applyUpdate();

        UpdateOutcome outcome = stepper.getLastUpdate();
        assertNotNull(outcome);
        assertEquals(4, outcome.label());
        assertEquals(before, outcome.probabilityBefore());
        assertTrue(outcome.probabilityAfter() > outcome.probabilityBefore(), outcome::toString);
        assertEquals(9, stepper.getPosition(), "the forward pass reran to the loss");
        assertEquals(Phase.LOSS, stepper.getPhase());
        assertEquals(outcome.probabilityAfter(), stepper.getTrace().loss().probabilities().get(4));
        assertEquals(weights + 1, stepper.weightsRevisionProperty().get());
        assertFalse(stepper.canApplyUpdateProperty().get(), "a new backward pass is needed first");
    }

    @Test
    void applyUpdateOnlyAfterTheBackwardPass() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.tiny());
        Network network = stepper.networkProperty().get();
        List<double[]> original = weights(network);
        StepperViewModelTest.stepTo(stepper, 16);
        stepper.applyUpdate();
        assertNull(stepper.getLastUpdate());
        assertWeightsEqual(original, network);
    }

    @Test
    void restoreBringsBackTheOriginalWeightsBitForBit() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.lenet5());
        Network network = stepper.networkProperty().get();
        List<double[]> original = weights(network);
        stepper.setTargetLabel(7);
        stepper.learningRateProperty().set(0.1);
        for (int update = 0; update < 3; update++) {
            StepperViewModelTest.stepTo(stepper, 27);
            stepper.applyUpdate();
        }
        assertFalse(java.util.Arrays.equals(original.get(0), network.params().get(0).value()), "updated");
        double updated = stepper.getTrace().loss().probabilities().get(7);

        stepper.restoreModel();

        assertWeightsEqual(original, network);
        assertNull(stepper.getLastUpdate());
        assertEquals(9 + 1 + 4, stepper.getPosition(), "the pass reran to where it was (the loss)");
        assertTrue(stepper.getTrace().loss().probabilities().get(7) < updated);
    }

    @Test
    void trainingModeDrawsANewDropoutMaskForEachNewPass() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.lenet5());
        int dropout = 9;
        StepperViewModelTest.stepTo(stepper, dropout + 1);
        assertFalse(mask(stepper.getTrace().layer(dropout)).active(), "inference: no mask");

        stepper.setTraining(true);
        assertEquals(dropout + 1, stepper.getPosition(), "switching mode keeps the place");
        DropoutMask first = mask(stepper.getTrace().layer(dropout));
        assertTrue(first.active());
        assertTrue(stepper.getTrace().training());

        stepper.setTraining(false);
        stepper.setTraining(true); // a new pass of the same digit
        DropoutMask second = mask(stepper.getTrace().layer(dropout));
        assertTrue(second.active());
        assertFalse(sameUnits(first, second), "a new pass, a new mask");

        stepper.previous();
        stepper.next();
        assertTrue(sameUnits(second, mask(stepper.getTrace().layer(dropout))), "stepping back and forth keeps it");

        stepper.setInput(StepperFixtures.digit(9));
        StepperViewModelTest.stepTo(stepper, dropout + 1);
        assertFalse(sameUnits(second, mask(stepper.getTrace().layer(dropout))), "a new digit, a new mask");
    }

    @Test
    void theRerunAfterAnUpdateKeepsTheDropoutMask() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.lenet5());
        stepper.setTraining(true);
        int dropout = 9;
        while (stepper.canStepForwardProperty().get()) {
            stepper.next();
        }
        DropoutMask before = mask(stepper.getTrace().layer(dropout));
        stepper.applyUpdate();
        assertTrue(sameUnits(before, mask(stepper.getTrace().layer(dropout))),
                "the change in probability comes from the update, not from a new mask");
    }

    private static DropoutMask mask(LayerTrace trace) {
        return (DropoutMask) trace.extra().orElseThrow();
    }

    private static boolean sameUnits(DropoutMask a, DropoutMask b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.kept(i) != b.kept(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<double[]> weights(Network network) {
        List<double[]> copy = new ArrayList<>();
        for (Param p : network.params()) {
            copy.add(p.value().clone());
        }
        return copy;
    }

    private static void assertWeightsEqual(List<double[]> expected, Network network) {
        List<Param> params = network.params();
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(expected.get(i), params.get(i).value(), params.get(i).toString());
        }
    }
}
