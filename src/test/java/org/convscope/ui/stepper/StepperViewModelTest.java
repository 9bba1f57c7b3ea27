package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper.Phase;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepperViewModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "lenet5"})
    void steppingVisitsEveryPositionWithItsPhaseAndLayer(String preset) {
        Network network = preset.equals("tiny") ? StepperFixtures.tiny() : StepperFixtures.lenet5();
        int layers = network.layers().size();
        StepperViewModel stepper = StepperFixtures.viewModel();
        stepper.setNetwork(network);
        stepper.setInput(StepperFixtures.digit(1));
        assertEquals(2 * layers + 1, stepper.getTotalSteps());
        assertEquals(Phase.START, stepper.getPhase());
        assertEquals(-1, stepper.getLayerIndex());

        for (int pos = 1; pos <= 2 * layers + 1; pos++) {
            stepper.next();
            assertEquals(pos, stepper.getPosition());
            PassTrace trace = stepper.getTrace();
            if (pos <= layers) {
                assertEquals(Phase.FORWARD, stepper.getPhase());
                assertEquals(pos - 1, stepper.getLayerIndex());
                assertEquals(pos, trace.layers().size(), "later layers stay empty");
                assertFalse(trace.hasLoss());
            } else if (pos == layers + 1) {
                assertEquals(Phase.LOSS, stepper.getPhase());
                assertEquals(-1, stepper.getLayerIndex());
                assertTrue(trace.hasLoss());
            } else {
                int layer = 2 * layers + 1 - pos;
                assertEquals(Phase.BACKWARD, stepper.getPhase());
                assertEquals(layer, stepper.getLayerIndex());
                assertTrue(trace.layer(layer).hasBackward());
                assertTrue(layer == 0 || !trace.layer(layer - 1).hasBackward(), "backward goes last layer first");
            }
        }
        stepper.next(); // past the end: nothing happens
        assertEquals(2 * layers + 1, stepper.getPosition());
    }

    @Test
    void previousReturnsTheSameSnapshots() {
        StepperViewModel stepper = ready(StepperFixtures.tiny());
        List<PassTrace> seen = new ArrayList<>();
        seen.add(stepper.getTrace());
        while (stepper.canStepForwardProperty().get()) {
            stepper.next();
            seen.add(stepper.getTrace());
        }
        for (int pos = seen.size() - 2; pos >= 0; pos--) {
            stepper.previous();
            assertEquals(pos, stepper.getPosition());
            assertSame(seen.get(pos), stepper.getTrace());
        }
        stepper.reset();
        stepper.next();
        assertSame(seen.get(1), stepper.getTrace(), "after Reset the same pass is replayed");
    }

    @Test
    void theStepBindingsFlipAtTheEnds() {
        StepperViewModel stepper = StepperFixtures.viewModel();
        assertFalse(stepper.canStepForwardProperty().get(), "no model, no digit");
        stepper.setNetwork(StepperFixtures.tiny());
        assertFalse(stepper.canStepForwardProperty().get(), "nothing drawn");
        assertEquals(17, stepper.getTotalSteps(), "the model alone tells the number of steps");

        stepper.setInput(StepperFixtures.digit(1));
        assertTrue(stepper.canStepForwardProperty().get());
        assertFalse(stepper.canStepBackProperty().get());
        assertFalse(stepper.canApplyUpdateProperty().get());
        stepper.next();
        assertTrue(stepper.canStepBackProperty().get());
        for (int i = 1; i < 17; i++) {
            assertFalse(stepper.canApplyUpdateProperty().get());
            stepper.next();
        }
        assertFalse(stepper.canStepForwardProperty().get());
        assertTrue(stepper.canStepBackProperty().get());
        assertTrue(stepper.canApplyUpdateProperty().get());
        stepper.previous();
        assertTrue(stepper.canStepForwardProperty().get());
        assertFalse(stepper.canApplyUpdateProperty().get());
    }

    @Test
    void predictedTargetIsTheArgmaxAndAChosenOneIsKept() {
        StepperViewModel stepper = ready(StepperFixtures.tiny());
        stepTo(stepper, 9); // the loss
        PassTrace predicted = stepper.getTrace();
        assertEquals(predicted.loss().predicted(), predicted.loss().label());

        int other = (predicted.loss().predicted() + 1) % 10;
        stepper.setTargetLabel(other);
        assertEquals(9, stepper.getPosition(), "a new target keeps the place in the pass");
        assertEquals(other, stepper.getTrace().loss().label());
        assertEquals(-Math.log(stepper.getTrace().loss().probabilities().get(other)),
                stepper.getTrace().loss().loss(), 1e-12);
    }

    @Test
    void aLabelTheModelLacksEmptiesThePassUntilAValidOneIsChosen() {
        StepperViewModel stepper = ready(StepperFixtures.tiny());
        stepTo(stepper, 3);
        stepper.setTargetLabel(10); // a ComboBox bound to another model's classes might do this
        assertNull(stepper.getTrace());
        assertFalse(stepper.canStepForwardProperty().get());
        assertFalse(stepper.busyProperty().get());
        stepper.setTargetLabel(2);
        assertEquals(0, stepper.getPosition());
        assertTrue(stepper.canStepForwardProperty().get());
    }

    @Test
    void aNewDigitRestartsThePass() {
        StepperViewModel stepper = ready(StepperFixtures.tiny());
        stepTo(stepper, 12);
        long revision = stepper.revisionProperty().get();
        Tensor other = StepperFixtures.digit(2);
        stepper.setInput(other);
        assertEquals(0, stepper.getPosition());
        assertEquals(Phase.START, stepper.getPhase());
        assertEquals(other, stepper.getTrace().input());
        assertTrue(stepper.getTrace().layers().isEmpty());
        assertEquals(revision + 1, stepper.revisionProperty().get(), "one notification for the new pass");

        stepper.setInput(null);
        assertNull(stepper.getTrace());
        assertFalse(stepper.canStepForwardProperty().get());
    }

    @Test
    void aNewModelRestartsThePass() {
        StepperViewModel stepper = ready(StepperFixtures.tiny());
        stepTo(stepper, 5);
        stepper.setNetwork(StepperFixtures.lenet5());
        assertEquals(0, stepper.getPosition());
        assertEquals(27, stepper.getTotalSteps());
        PassTrace start = stepper.getTrace();
        stepper.next();
        assertNotSame(start, stepper.getTrace());
        assertEquals("conv1", stepper.getTrace().layer(0).name());
    }

    static StepperViewModel ready(Network network) {
        StepperViewModel stepper = StepperFixtures.viewModel();
        stepper.setNetwork(network);
        stepper.setInput(StepperFixtures.digit(1));
        return stepper;
    }

    /** Steps forward to {@code position}, or as far as the pass goes (one stopped at NaN goes no further). */
    static void stepTo(StepperViewModel stepper, int position) {
        while (stepper.getPosition() < position && stepper.canStepForwardProperty().get()) {
            stepper.next();
        }
    }
}
