package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.model.ShippedModels;
import org.junit.jupiter.api.Test;

/** The dense layer's numbers as the view writes them out, against the engine's trace. */
class DenseExplanationTest {

    @Test
    void everyUnitsSumPlusBiasIsTheEnginesOutputAndItsLargestTermsComeFirst() throws Exception {
        Network network = ShippedModels.loadLenet5().network();
        PassTrace pass = network.trace(SyntheticDigits.input(7, 8080), 7, Mode.INFERENCE);
        for (LayerTrace layer : pass.layers()) {
            if (!layer.type().equals("dense")) {
                continue;
            }
            DenseExplanation dense = DenseExplanation.of(layer);
            assertEquals(layer.output().size(), dense.units());
            assertEquals(layer.input().size(), dense.inputs());
            for (int j = 0; j < dense.units(); j++) {
                assertEquals(dense.output(j), dense.weightedSum(j) + dense.bias(j), 1e-9, layer.name() + " unit " + j);
            }
            List<DenseExplanation.Term> terms = dense.largestTerms(0, 4);
            assertEquals(4, terms.size());
            for (int t = 1; t < terms.size(); t++) {
                assertTrue(Math.abs(terms.get(t - 1).product()) >= Math.abs(terms.get(t).product()), "largest first");
            }
            int zeros = 0;
            for (int i = 0; i < dense.inputs(); i++) {
                zeros += layer.input().get(i) == 0 ? 1 : 0;
            }
            assertEquals(zeros, dense.zeroInputs());
        }
    }

    @Test
    void aLayerWithoutWeightsIsRefusedByName() throws Exception {
        Network network = ShippedModels.loadLenet5().network();
        LayerTrace relu = network.trace(SyntheticDigits.input(7, 8080), 7, Mode.INFERENCE).layer(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenseExplanation.of(relu));
        assertTrue(e.getMessage().startsWith("relu1 is not a dense layer"), e.getMessage());
    }
}
