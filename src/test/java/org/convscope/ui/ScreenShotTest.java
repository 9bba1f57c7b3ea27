package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aDetailViewPicturesTheLayersViewOrAtTheLossSoftmaxWithThePanelOpen() {
        ScreenShot conv = ScreenShot.detailView("view-conv-en-forward.png", Language.ENGLISH,
                ScreenShot.PassStep.forward("conv1"));
        assertEquals(ScreenShot.LAYER_DETAIL_CONTENT, conv.subject());
        assertTrue(conv.layerDetail(), "the content is only laid out with the panel open");
        assertTrue(conv.isDetailView());
        assertFalse(conv.trainingMode());

        ScreenShot loss = ScreenShot.detailView("view-softmax-en-loss.png", Language.ENGLISH,
                ScreenShot.PassStep.loss());
        assertEquals(ScreenShot.SOFTMAX_CONTENT, loss.subject(), "at the loss the panel shows softmax, not a layer");
        assertTrue(loss.isDetailView());

        ScreenShot strip = new ScreenShot("strip.png", Language.ENGLISH, ScreenShot.PassStep.forward("conv1"),
                "#network-strip");
        assertFalse(strip.isDetailView());
        assertFalse(ScreenShot.window("main.png", Language.ENGLISH, ScreenShot.PassStep.loss()).isDetailView());
    }

    @Test
    void aDetailViewNeedsALayerOrTheLossAndThePanelOpen() {
        IllegalArgumentException atStart = assertThrows(IllegalArgumentException.class,
                () -> ScreenShot.detailView("view-start.png", Language.ENGLISH,
                        new ScreenShot.PassStep(Stepper.Phase.START, null)));
        assertTrue(atStart.getMessage().contains("start"), atStart.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScreenShot("view.png", Language.ENGLISH,
                ScreenShot.PassStep.forward("conv1"), ScreenShot.LAYER_DETAIL_CONTENT, false, false));
    }

    @Test
    void trainingModeKeepsEverythingElseAndIsNamedInTheFile() {
        ScreenShot inference = ScreenShot.detailView("view-dropout-en-forward-training.png", Language.ENGLISH,
                ScreenShot.PassStep.forward("dropout1"));
        ScreenShot training = inference.withTrainingMode();

        assertTrue(training.trainingMode());
        assertEquals(new ScreenShot(inference.fileName(), inference.language(), inference.step(),
                inference.subject(), inference.layerDetail(), true), training);
        assertTrue(ScreenShot.window("main-training.png", Language.ENGLISH, ScreenShot.PassStep.forward("conv2"))
                .withTrainingMode().withLayerDetail().trainingMode(), "the panel opened later keeps the mode");

        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> ScreenShot.detailView("view-dropout-en-forward.png", Language.ENGLISH,
                        ScreenShot.PassStep.forward("dropout1")).withTrainingMode());
        assertTrue(unnamed.getMessage().contains("view-dropout-en-forward.png"), unnamed.getMessage());
    }
}
