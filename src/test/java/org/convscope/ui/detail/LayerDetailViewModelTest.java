package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.model.ModelFormatException;
import org.convscope.model.ShippedModels;
import org.convscope.ui.maps.ColorScale;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.maps.ScaleMode;
import org.convscope.ui.maps.StripColouring;
import org.convscope.ui.maps.ValueRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The detail's presentation model on the shipped LeNet-5 and the engine's own stepper, without a stage. */
class LayerDetailViewModelTest {
    // LeNet-5's layers: conv1 relu1 maxpool1 conv2 relu2 maxpool2 flatten1 dense1 relu3 dropout1 dense2 relu4 dense3
    private static final int CONV1 = 0;
    private static final int RELU1 = 1;
    private static final int CONV2 = 3;
    private static final int RELU2 = 4;
    private static final int FLATTEN1 = 6;
    private static final int DENSE1 = 7;
    private static final int DROPOUT1 = 9;
    private static final int DENSE2 = 10;

    private Network network;
    private Stepper stepper;
    private LayerDetailViewModel model;

    @BeforeEach
    void lenet5() throws ModelFormatException {
        network = ShippedModels.loadLenet5().network();
        stepper = new Stepper(network, SyntheticDigits.input(4, 7), Stepper.PREDICTED, Mode.INFERENCE);
        model = new LayerDetailViewModel();
        model.networkProperty().set(network);
    }

    /** Steps the engine to {@code position} and shows it as the app does: gradients on backward steps. */
    private PassTrace stepTo(int position) {
        while (stepper.position() < position) {
            stepper.next();
        }
        model.traceProperty().set(stepper.current());
        model.showGradientsProperty().set(stepper.phaseAt(position) == Stepper.Phase.BACKWARD);
        return stepper.current();
    }

    /** The position right after the backward step of {@code layer}. */
    private int backwardPosition(int layer) {
        int layers = network.layers().size();
        return layers + 1 + (layers - layer);
    }

    @Test
    void withoutASelectionThereIsNothingToDraw() {
        stepTo(2);
        assertEquals(LayerDetail.Status.NO_LAYER, model.getDetail().status());
        assertTrue(model.getDetail().panels().isEmpty());
    }

    @Test
    void aComputedLayerShowsItsOutputOnTheStripsColours() {
        PassTrace trace = stepTo(2);
        model.select(CONV1, NetworkStrip.NONE);
        LayerDetail detail = model.getDetail();
        assertEquals(LayerDetail.Status.SHOWN, detail.status());
        assertEquals("conv1", detail.name());
        assertEquals("conv2d", detail.type());
        assertEquals(6, detail.mapCount());
        assertEquals(0, detail.map(), "the whole layer shows its first map");
        DetailPanel panel = detail.panels().get(0);
        assertEquals(1, detail.panels().size());
        assertEquals(DetailPanel.Kind.OUTPUT, panel.kind());
        assertSame(trace.layer(CONV1).output(), panel.tensor(), "the engine's tensor, not a copy");
        StripColouring.Column strip = StripColouring.columns(trace, network.layers().size(), false, ScaleMode.PER_LAYER)
                .get(CONV1 + 1);
        assertEquals(strip.scale(), panel.scale());
        assertEquals(strip.range(), panel.range(), "the same range as the strip's conv1 column");
        assertEquals(trace.layer(CONV1).output().get(0, 12, 7), panel.value(12, 7), 0.0);
    }

    @Test
    void aLayerThePassHasNotReachedSaysSo() {
        stepTo(2);
        model.select(CONV2, 3);
        assertEquals(LayerDetail.Status.NOT_COMPUTED, model.getDetail().status());
        assertEquals("conv2", model.getDetail().name(), "the title is there even before the values");
        assertEquals(3, model.getDetail().map());
    }

    @Test
    void thePerMapScaleGivesTheMapsOwnRange() {
        PassTrace trace = stepTo(2);
        model.scaleModeProperty().set(ScaleMode.PER_MAP);
        model.select(RELU1, 4);
        DetailPanel panel = model.getDetail().panels().get(0);
        assertEquals(4, panel.map());
        Tensor relu1 = trace.layer(RELU1).output();
        double max = java.util.Arrays.stream(relu1.map(4)).max().orElseThrow();
        assertEquals(new ValueRange(0, max), panel.range());
        assertEquals(ColorScale.SEQUENTIAL, panel.scale());
    }

    @Test
    void theGlobalScaleSpansEveryLayer() {
        PassTrace trace = stepTo(6);
        model.scaleModeProperty().set(ScaleMode.GLOBAL);
        model.select(RELU1, 0);
        ValueRange global = model.getDetail().panels().get(0).range();
        for (int layer = 0; layer < trace.layers().size(); layer++) {
            Tensor out = trace.layer(layer).output();
            if (out.min() >= 0) {
                assertTrue(global.max() >= out.max(), "covers layer " + layer);
            }
        }
    }

    @Test
    void aBackwardStepShowsBothGradients() {
        PassTrace trace = stepTo(backwardPosition(DENSE2));
        model.select(DENSE2, NetworkStrip.NONE);
        LayerDetail detail = model.getDetail();
        assertTrue(detail.gradients());
        assertEquals(List.of(DetailPanel.Kind.GRAD_OUTPUT, DetailPanel.Kind.GRAD_INPUT),
                detail.panels().stream().map(DetailPanel::kind).toList());
        LayerTrace dense2 = trace.layer(DENSE2);
        assertSame(dense2.gradOutput(), detail.panels().get(0).tensor());
        assertSame(dense2.gradInput(), detail.panels().get(1).tensor());
        assertEquals(ColorScale.DIVERGING, detail.panels().get(1).scale());
        assertEquals(dense2.gradInput().get(17), detail.panels().get(1).value(17, 0), 0.0, "a vector's unit 17");
        ValueRange range = detail.panels().get(0).range();
        assertEquals(-range.max(), range.min(), 0.0, "symmetric around zero");

        model.select(DROPOUT1, NetworkStrip.NONE);
        assertEquals(LayerDetail.Status.NO_GRADIENT_YET, model.getDetail().status(),
                "the backward pass has not come back to dropout1");
    }

    @Test
    void dLdInputShowsTheSameMapWhereTheLayerKeepsItsChannelsAndTheFirstWhereItMixesThem() {
        stepTo(backwardPosition(CONV2));
        model.select(RELU2, 5);
        assertEquals(5, model.getDetail().panels().get(1).map(), "ReLU: map 5 of dL/dOutput flows into map 5");
        model.select(CONV2, 5);
        DetailPanel gradInput = model.getDetail().panels().get(1);
        assertEquals(0, gradInput.map(), "convolution: every input map feeds map 5");
        assertEquals(6, gradInput.mapCount());

        model.selectInputMap(4);
        assertEquals(4, model.getDetail().panels().get(1).map(), "the input map is picked on its own");
        assertEquals(5, model.getDetail().map(), "and the output map stays");
        model.select(RELU2, 2);
        assertEquals(2, model.getDetail().panels().get(1).map(), "ReLU's dL/dInput follows its output map");
        model.select(CONV2, 0);
        assertEquals(0, model.getDetail().panels().get(1).map(), "another layer starts from the first input map");
    }

    @Test
    void theSelectionFollowsTheStepperAndKeepsTheMapWhereItExists() {
        stepTo(2);
        model.select(CONV1, 3);
        model.follow(RELU1);
        assertEquals(RELU1, model.selectedLayerProperty().get());
        assertEquals(3, model.selectedMapProperty().get(), "relu1 has a map 3 too");
        model.follow(-1);
        assertEquals(RELU1, model.selectedLayerProperty().get(), "the loss step keeps the selection");
        model.follow(FLATTEN1);
        assertEquals(NetworkStrip.NONE, model.selectedMapProperty().get(), "a vector has no map 3");
        model.select(DENSE1, NetworkStrip.NONE);
        model.follow(DENSE1);
        assertEquals(DENSE1, model.selectedLayerProperty().get());
    }

    @Test
    void aSelectionIsOneSnapshot() {
        stepTo(2);
        int[] snapshots = new int[1];
        model.detailProperty().addListener((o, old, now) -> snapshots[0]++);
        model.select(RELU1, 2);
        assertEquals(1, snapshots[0]);
        assertEquals(2, model.getDetail().map());
        model.selectMap(4);
        assertEquals(4, model.getDetail().map(), "a thumbnail click shows another map");
    }
}
