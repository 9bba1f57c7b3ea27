package org.convscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose weights are finite but whose outputs overflow is refused at load, naming where; one
 * whose weights are not finite is not saved.
 */
class ModelProbeTest {
    @TempDir
    Path dir;

    private static String refusal(Path file) {
        return assertThrows(ModelFormatException.class, () -> ModelFile.load(file)).getMessage();
    }

    @Test
    void biasesOf1e308AreRefusedNamingTheLayerThatOverflows() throws Exception {
        Path file = HostileModels.hugeBiases(dir.resolve("hugebias.json"));
        // conv1's output is its bias (finite); conv2 adds 36 of them, times its weights: Infinity.
        assertEquals(file + ": the outputs are not finite for a blank image: layer conv2 gives Infinity for "
                + "1,117 of its 1,568 outputs; the largest parameter up to there is 1.0e308, in the bias of layers[0] "
                + "(conv1)", refusal(file));
    }

    @Test
    void weightsThatOnlyInkOverflowsAreCaughtByTheGeneratedDigit() throws Exception {
        // Every weight of every unit is 1e308: a blank image gives 0 x 1e308 = 0, any ink Infinity.
        Path file = HostileModels.inkOverflows(dir.resolve("inky.json"), Presets.DIGIT, 10, 0, 784, true);
        assertEquals(file + ": the outputs are not finite for generated digit 0 (seed 1): layer dense1 gives Infinity "
                + "for 10 of its 10 outputs; the largest parameter up to there is 1.0e308, in the weights of layers[1] "
                + "(dense1)", refusal(file));
    }

    @Test
    void aNetworkOfAnotherInputShapeIsProbedWithAPattern() throws Exception {
        Path file = HostileModels.inkOverflows(dir.resolve("colour.json"), Shape.of(3, 8, 8), 4, 0, 192, true);
        assertEquals(file + ": the outputs are not finite for a random pattern (seed 1): layer dense1 gives Infinity "
                + "for 4 of its 4 outputs; the largest parameter up to there is 1.0e308, in the weights of layers[1] "
                + "(dense1)", refusal(file));
    }

    @Test
    void aNetworkWithAnInfiniteWeightIsNotSavedAndTheEarlierFileStays() throws Exception {
        Path file = HostileModels.hugeBiases(dir.resolve("model.json"));
        byte[] before = Files.readAllBytes(file);
        Network network = Network.build(Presets.tiny(),
                new Rng(1));
        double[] weights = network.params().get(2).value().clone();
        weights[5] = Double.POSITIVE_INFINITY;
        network.params().get(2).setValues(weights);

        String message = assertThrows(IOException.class,
                () -> ModelFile.save(network, ModelMetadata.EMPTY, file)).getMessage();
        assertEquals("the model was not saved: its weights of layers[3] (conv2) hold Infinity (value 5), not a finite "
                + "number; Restore model puts back the weights it was loaded with", message);
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
