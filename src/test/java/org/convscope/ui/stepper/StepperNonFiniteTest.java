package org.convscope.ui.stepper;

import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Param;
import org.convscope.engine.Stepper.Phase;
import org.convscope.engine.Tensor;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pass whose numbers stop being finite stops at the step that made them, says so, and cannot be
 * updated; after an update, Restore model brings back weights that work.
 */
class StepperNonFiniteTest {
    private static final int CONV2 = 3;

    @BeforeEach
    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aModelThatOverflowsForThisDigitStopsAtTheLayerThatOverflows() {
        StepperFixtures.ManualClock clock = new StepperFixtures.ManualClock();
        StepperViewModel stepper = StepperFixtures.viewModel(clock);
        stepper.setNetwork(StepperFixtures.tooLargeForSolidInk());
        stepper.setInput(StepperFixtures.solidInk());

        stepper.togglePlay();
        for (int tick = 0; tick < 10 && stepper.isPlaying(); tick++) {
            clock.tick();
        }
        assertFalse(stepper.isPlaying(), "Play stops where the numbers stop");
        assertEquals(4, stepper.getPosition(), "conv2 forward, the step that overflowed");
        assertEquals(Phase.FORWARD, stepper.getPhase());
        assertEquals(CONV2, stepper.getLayerIndex());
        NonFinite bad = stepper.getNonFinite();
        assertNotNull(bad);
        assertEquals("conv2", bad.layerName());
        assertEquals(NonFinite.Quantity.OUTPUT, bad.what());
        Tensor out = stepper.getTrace().layer(CONV2).output();
        assertEquals(8, bad.count(), "2 x 2 cells of +Infinity and of -Infinity");
        assertEquals(Double.POSITIVE_INFINITY, out.get(0, 6, 6));
        assertEquals(Double.NEGATIVE_INFINITY, out.get(1, 7, 7));
        assertEquals("Stopped at conv2 (4 of 17): 8 of its 1,568 outputs are not numbers (NaN or infinite). "
                + "This model cannot compute this digit: its weights are too large. Open another model.",
                ScreenText.plain(stepper.getStatusText()));
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("在 conv2 停止（第 4 步，共 17 步）：它的 1,568 个输出中有 8 个不是数值（NaN 或无穷大）。"
                + "这个模型无法处理这个手写数字：它的权重太大了。请打开另一个模型。", ScreenText.plain(stepper.getStatusText()));
        Messages.setLocale(Locale.ENGLISH);

        assertFalse(stepper.canStepForwardProperty().get());
        stepper.next();
        assertEquals(4, stepper.getPosition(), "Next does nothing");
        assertFalse(stepper.canApplyUpdateProperty().get());
        stepper.applyUpdate();
        assertNull(stepper.getLastUpdate());
        assertFalse(stepper.canRestoreModelProperty().get(), "no update to undo: Restore would not help");

        stepper.previous();
        assertEquals(3, stepper.getPosition());
        assertNull(stepper.getNonFinite(), "maxpool1 is finite");
        assertTrue(stepper.canStepForwardProperty().get());
        stepper.next();
        assertNotNull(stepper.getNonFinite(), "and conv2 again is not");

        stepper.setTargetLabel(3); // the same digit seen with another target keeps its place: the same stop
        assertEquals(4, stepper.getPosition());
        assertNotNull(stepper.getNonFinite());

        // Faint ink: forward, conv2's outputs are large (about 1e301) but finite; backward, conv1's bias
        // gradient adds up gradients of about 1e306 from 196 positions, and that overflows.
        stepper.setInput(faint(StepperFixtures.digit(1)));
        StepperViewModelTest.stepTo(stepper, 17);
        assertEquals(17, stepper.getPosition());
        assertTrue(stepper.getTrace().hasLoss());
        assertEquals(NonFinite.Quantity.PARAMETER_GRADIENT, stepper.getNonFinite().what());
        assertEquals("Stopped at conv1 backward (17 of 17): 1 of its 40 parameter gradients are not numbers "
                + "(NaN or infinite). This model cannot compute this digit: its weights are too large. "
                + "Open another model.", ScreenText.plain(stepper.getStatusText()));
        assertFalse(stepper.canApplyUpdateProperty().get(), "no update from gradients that are not numbers");

        // A blank image: every number finite, to the end.
        stepper.setInput(Tensor.zeros(StepperFixtures.digit(1).shape()));
        StepperViewModelTest.stepTo(stepper, 17);
        assertNull(stepper.getNonFinite());
        assertTrue(stepper.canApplyUpdateProperty().get());
        assertEquals("Backward pass complete: apply the update?", ScreenText.plain(stepper.getStatusText()));
    }

    private static Tensor faint(Tensor digit) {
        double[] pixels = digit.toArray();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] *= 1e-6;
        }
        return Tensor.wrap(digit.shape(), pixels);
    }

    @Test
    void anUpdateThatMakesTheWeightsTooLargeStopsTheRerunAndRestoreRepairsIt() {
        StepperViewModel stepper = StepperViewModelTest.ready(StepperFixtures.tiny());
        Network network = stepper.networkProperty().get();
        List<double[]> original = network.copyWeights();
        stepper.setTargetLabel(4);
        stepper.learningRateProperty().set(1e300);
        StepperViewModelTest.stepTo(stepper, 17);
        stepper.applyUpdate();

        NonFinite bad = stepper.getNonFinite();
        assertNotNull(bad, "weights of about 1e298 overflow");
        assertTrue(stepper.getPosition() <= 9, "the rerun stops on its way to the loss: " + stepper.getPosition());
        assertFalse(stepper.canStepForwardProperty().get());
        assertFalse(stepper.canApplyUpdateProperty().get());
        UpdateOutcome outcome = stepper.getLastUpdate();
        assertNotNull(outcome, "the update happened; the kernels can show what it changed");
        assertTrue(stepper.getStatusText().startsWith("Stopped at " + bad.layerName() + " ("),
                ScreenText.plain(stepper.getStatusText()));
        assertTrue(stepper.getStatusText().endsWith(
                "The updated weights are too large for this digit: Restore model puts the good weights back."),
                ScreenText.plain(stepper.getStatusText()));
        assertTrue(stepper.canRestoreModelProperty().get());

        stepper.setInput(StepperFixtures.digit(2)); // a new digit: the weights are still the updated ones
        StepperViewModelTest.stepTo(stepper, 9);
        assertNotNull(stepper.getNonFinite());
        assertTrue(stepper.canRestoreModelProperty().get(), "Restore is still what helps");
        int stoppedAt = stepper.getPosition();

        stepper.restoreModel();
        List<Param> params = network.params();
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(original.get(i), params.get(i).value(), params.get(i).toString());
        }
        assertNull(stepper.getNonFinite());
        assertEquals(stoppedAt, stepper.getPosition(), "the pass reran to where it was");
        assertFalse(stepper.canRestoreModelProperty().get());
        StepperViewModelTest.stepTo(stepper, 17);
        assertNull(stepper.getNonFinite());
        assertTrue(stepper.canApplyUpdateProperty().get(), "a complete pass with finite gradients again");
    }
}
