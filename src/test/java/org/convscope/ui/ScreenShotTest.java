package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.engine.Mode;
import org.junit.jupiter.api.Test;

/** Steps named by phase and layer land where the stepper says that layer is worked on. */
class ScreenShotTest {
    private final Network lenet5 = Network.build(Presets.lenet5(), new Rng(1));

    @Test
    void namedStepsAreTheStepperPositionsOfThoseLayers() {
        Stepper stepper = new Stepper(lenet5, Tensor.zeros(Presets.DIGIT), Stepper.PREDICTED, Mode.INFERENCE);
        int conv2 = 3;
        assertEquals("conv2", lenet5.layers().get(conv2).name());

        int forward = ScreenShot.PassStep.forward("conv2").position(lenet5);
        assertEquals(Stepper.Phase.FORWARD, stepper.phaseAt(forward));
        assertEquals(conv2, stepper.layerAt(forward));

        int backward = ScreenShot.PassStep.backward("conv2").position(lenet5);
        assertEquals(Stepper.Phase.BACKWARD, stepper.phaseAt(backward));
        assertEquals(conv2, stepper.layerAt(backward));

        assertEquals(Stepper.Phase.LOSS, stepper.phaseAt(new ScreenShot.PassStep(Stepper.Phase.LOSS, null).position(lenet5)));
        assertEquals(0, new ScreenShot.PassStep(Stepper.Phase.START, null).position(lenet5));
    }

    @Test
    void aLayerTheModelLacksOrAMissingLayerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScreenShot.PassStep.forward("conv9").position(lenet5));
        assertThrows(IllegalArgumentException.class, () -> new ScreenShot.PassStep(Stepper.Phase.BACKWARD, null));
        assertThrows(IllegalArgumentException.class, () -> new ScreenShot.PassStep(Stepper.Phase.LOSS, "conv2"));
        assertThrows(IllegalArgumentException.class,
                () -> ScreenShot.window("main.jpg", Language.ENGLISH, ScreenShot.PassStep.forward("conv2")));
    }
}
