package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fast passes reuse layer buffers; recorded passes must not be touched by them, and results
 * handed out by the network are its caller's to keep.
 */
class BufferReuseTest {
    private final Network net = Network.build(Presets.lenet5(), new Rng(1));
    private final TwoShapes images = new TwoShapes(2, 28, 4);

    @Test
    void recordedTracesStayAsTheyWereWhileFastPassesRun() {
        PassTrace trace = net.trace(images.input(0), 1, Mode.training(new Rng(2)));
        List<double[]> outputs = new ArrayList<>();
        List<double[]> gradients = new ArrayList<>();
        for (LayerTrace layer : trace.layers()) {
            outputs.add(layer.output().toArray());
            gradients.add(layer.gradInput().toArray());
        }
        net.forward(images.input(1), Mode.INFERENCE);
        net.train(images.input(1), 0, Mode.training(new Rng(3)));
        for (int i = 0; i < outputs.size(); i++) {
            assertArrayEquals(outputs.get(i), trace.layer(i).output().toArray(), 0.0, trace.layer(i).name());
            assertArrayEquals(gradients.get(i), trace.layer(i).gradInput().toArray(), 0.0, trace.layer(i).name());
        }
    }

    @Test
    void logitsAndProbabilitiesAreNotOverwrittenByTheNextPass() {
        Tensor first = net.forward(images.input(0), Mode.INFERENCE);
        double[] kept = first.toArray();
        Tensor p = net.predict(images.input(0));
        double[] keptP = p.toArray();
        Tensor second = net.forward(images.input(1), Mode.INFERENCE);
        net.predict(images.input(1));
        assertNotEquals(kept[0], second.get(0));
        assertArrayEquals(kept, first.toArray(), 0.0);
        assertArrayEquals(keptP, p.toArray(), 0.0);
    }

    @Test
    void aFastPassAndARecordedPassAgree() {
        Tensor fast = net.forward(images.input(0), Mode.INFERENCE);
        PassTrace recorded = net.forwardTrace(images.input(0), Mode.INFERENCE);
        assertArrayEquals(fast.toArray(), recorded.layer(12).output().toArray(), 0.0);
    }
}
