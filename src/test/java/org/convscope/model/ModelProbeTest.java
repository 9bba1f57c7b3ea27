package org.convscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Param;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model whose weights are finite but whose outputs overflow is refused at load, naming where. */
class ModelProbeTest {
    @TempDir
    Path dir;

    @Test
    void biasesOf1e308AreRefusedNamingTheLayerThatOverflows() throws Exception {
        Network network = Network.build(Presets.tiny(), new Rng(1));
        for (Param p : network.params()) {
            if (p.name().equals("bias")) {
                double[] huge = new double[p.size()];
                Arrays.fill(huge, 1e308);
                p.setValues(huge);
            }
        }
        Path file = dir.resolve("hugebias.json");
        ModelFile.save(network, ModelMetadata.EMPTY, file);

        String message = assertThrows(ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
        // conv1's output is its bias (finite); conv2 adds 36 of them, times its weights: Infinity.
        assertEquals(file + ": the outputs are not finite for a blank image: layer conv2 gives Infinity for "
                + "1,117 of its 1,568 outputs; the largest parameter up to there is 1.0e308, in the bias of layers[0] "
                + "(conv1)", message);
    }

    @Test
    void weightsThatOnlyInkOverflowsAreCaughtByTheGeneratedDigit() throws Exception {
        Network network = Network.build(new NetworkSpec(Presets.DIGIT, List.<LayerSpec>of(new Flatten.Spec(),
                new Dense.Spec(10))), new Rng(1));
        double[] weights = new double[10 * 784];
        Arrays.fill(weights, 1e308); // blank: 0 x 1e308 = 0; any ink adds up to Infinity
        network.params().get(0).setValues(weights);
        Path file = dir.resolve("inky.json");
        ModelFile.save(network, ModelMetadata.EMPTY, file);

        String message = assertThrows(ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
        assertEquals(file + ": the outputs are not finite for generated digit 0 (seed 1): layer dense1 gives Infinity "
                + "for 10 of its 10 outputs; the largest parameter up to there is 1.0e308, in the weights of layers[1] "
                + "(dense1)", message);
    }

    @Test
    void aNetworkOfAnotherInputShapeIsProbedWithAPattern() throws Exception {
        Network network = Network.build(new NetworkSpec(Shape.of(3, 8, 8), List.<LayerSpec>of(new Flatten.Spec(),
                new Dense.Spec(4))), new Rng(1));
        double[] weights = new double[4 * 192];
        Arrays.fill(weights, 1e308);
        network.params().get(0).setValues(weights);
        Path file = dir.resolve("colour.json");
        ModelFile.save(network, ModelMetadata.EMPTY, file);

        String message = assertThrows(ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
        assertEquals(file + ": the outputs are not finite for a random pattern (seed 1): layer dense1 gives Infinity "
                + "for 4 of its 4 outputs; the largest parameter up to there is 1.0e308, in the weights of layers[1] "
                + "(dense1)", message);
    }
}
