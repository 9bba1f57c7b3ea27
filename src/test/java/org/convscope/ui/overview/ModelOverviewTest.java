package org.convscope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.junit.jupiter.api.Test;

class ModelOverviewTest {
    private final ModelOverview lenet5 = ModelOverview.of(Network.build(Presets.lenet5(), new Rng(1)));

    @Test
    void listsTheInputThenEveryLayerInDataFlowOrder() {
        assertEquals(List.of("input", "conv1", "relu1", "maxpool1", "conv2", "relu2", "maxpool2", "flatten1",
                "dense1", "relu3", "dropout1", "dense2", "relu4", "dense3"),
                lenet5.rows().stream().map(LayerRow::name).toList());
        assertEquals(13, lenet5.layerCount());
        assertEquals(List.of(0, 1, 2), lenet5.rows().stream().limit(3).map(LayerRow::position).toList());
    }

    @Test
    void theInputRowShowsTheInputShapeAndNoParameters() {
        LayerRow input = lenet5.rows().get(0);
        assertTrue(input.isInput());
        assertEquals("1\u00a0\u00d7\u00a028\u00a0\u00d7\u00a028", input.shapeText());
        assertFalse(input.hasParameters());
    }

    @Test
    void eachLayerRowShowsTypeShapeAndFormula() {
        LayerRow conv1 = lenet5.rows().get(1);
        assertEquals("conv2d", conv1.type());
        assertEquals("6\u00a0\u00d7\u00a028\u00a0\u00d7\u00a028", conv1.shapeText());
        assertEquals("6 x (5 x 5 x 1) + 6 = 156", conv1.parameters().formula());

        LayerRow conv2 = lenet5.rows().get(4);
        assertEquals("16\u00a0\u00d7\u00a010\u00a0\u00d7\u00a010", conv2.shapeText());
        assertEquals("16 x (5 x 5 x 6) + 16 = 2,416", conv2.parameters().formula());

        LayerRow dense1 = lenet5.rows().get(8);
        assertEquals("120", dense1.shapeText());
        assertEquals("120 x 400 + 120 = 48,120", dense1.parameters().formula());

        assertFalse(lenet5.rows().get(2).hasParameters(), "ReLU has no parameters");
    }

    @Test
    void totalsTheParameters() {
        assertEquals(61_706, lenet5.totalParameters());
        assertEquals("61,706", lenet5.totalParametersText());
    }
}
