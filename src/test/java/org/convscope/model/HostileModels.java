package org.convscope.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;

/** Model files whose every number is finite but whose outputs are not, for the tests that refuse them. */
public final class HostileModels {
    private HostileModels() {
    }

    /** The tiny preset with every bias 1e308: conv1's output is finite, conv2's overflows for any input. */
    public static Path hugeBiases(Path file) throws IOException {
        Network network = Network.build(Presets.tiny(), new Rng(1));
        network.params().stream().filter(p -> p.name().equals("bias")).forEach(p -> p.setValues(filled(p.size(), 1e308)));
        ModelFile.save(network, ModelMetadata.EMPTY, file);
        return file;
    }

    /**
     * Flatten and a dense layer of {@code units} over {@code input}, whose weights are 1e308 at the
     * flat input positions {@code [from, to)} of the first unit (or of every unit when {@code to}
     * covers the input): a blank image gives 0, and ink there overflows.
     */
    public static Path inkOverflows(Path file, Shape input, int units, int from, int to, boolean everyUnit)
            throws IOException {
        Network network = Network.build(new NetworkSpec(input, List.<LayerSpec>of(new Flatten.Spec(),
                new Dense.Spec(units))), new Rng(1));
        double[] weights = network.params().get(0).value().clone();
        for (int unit = 0; unit < (everyUnit ? units : 1); unit++) {
            Arrays.fill(weights, unit * input.size() + from, unit * input.size() + to, 1e308);
        }
        network.params().get(0).setValues(weights);
        ModelFile.save(network, ModelMetadata.EMPTY, file);
        return file;
    }

    private static double[] filled(int size, double value) {
        double[] values = new double[size];
        Arrays.fill(values, value);
        return values;
    }
}
