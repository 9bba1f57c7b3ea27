package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.engine.LayerSpec;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Activation;
import org.convscope.engine.layer.LeakyReLU;
import org.convscope.engine.layer.ReLU;
import org.convscope.engine.layer.Sigmoid;
import org.convscope.engine.layer.Tanh;
import org.junit.jupiter.api.Test;

/** The activation view's numbers against the engine's own layers and passes. */
class ActivationFactsTest {
    private static final int FIRST_ACTIVATION = 1;

    /** LeNet-5 with its ReLUs replaced by {@code activation}, one pass forward and back on a random image. */
    private static Network network(LayerSpec activation) {
        return Network.build(Presets.lenet5().mapLayers(s -> s instanceof ReLU.Spec ? activation : s), new Rng(3));
    }

    private static PassTrace pass(Network net) {
        Rng pixels = new Rng(11);
        double[] image = new double[28 * 28];
        for (int i = 0; i < image.length; i++) {
            image[i] = pixels.nextDouble();
        }
        return net.trace(Tensor.wrap(Presets.DIGIT, image), 4, Mode.INFERENCE);
    }

    @Test
    void forEveryActivationFAndTheBackwardRuleAreTheLayersOwn() {
        for (LayerSpec spec : new LayerSpec[] {new ReLU.Spec(), new LeakyReLU.Spec(), new Sigmoid.Spec(), new Tanh.Spec()}) {
            Network net = network(spec);
            LayerTrace trace = pass(net).layer(FIRST_ACTIVATION);
            ActivationFacts facts = new ActivationFacts((Activation) net.layers().get(FIRST_ACTIVATION));
            for (int i = 0; i < trace.input().size(); i++) {
                double x = trace.input().get(i);
                assertEquals(trace.output().get(i), facts.f(x), 0.0, spec.type());
                assertEquals(trace.gradInput().get(i), facts.gradInput(trace.gradOutput().get(i), x), 0.0, spec.type());
            }
        }
    }

    @Test
    void aReluIsDeadExactlyWhereItsInputIsAtMostZero() {
        Network net = network(new ReLU.Spec());
        LayerTrace trace = pass(net).layer(FIRST_ACTIVATION);
        ActivationFacts facts = new ActivationFacts((Activation) net.layers().get(FIRST_ACTIVATION));
        assertEquals(ActivationFacts.Rule.DEAD, facts.rule());
        int atMostZero = 0;
        for (double x : trace.input().data()) {
            atMostZero += x <= 0 ? 1 : 0;
        }
        assertTrue(atMostZero > 0 && atMostZero < trace.input().size());
        assertEquals(atMostZero, facts.countNoGradient(trace.input()));
        boolean[] map2 = facts.noGradientInMap(trace.input(), 2);
        for (int i = 0; i < map2.length; i++) {
            assertEquals(trace.input().get(2 * 28 * 28 + i) <= 0, map2[i]);
        }
        assertTrue(facts.passesNoGradient(0.0), "f'(0) = 0 in the engine");
        assertFalse(facts.passesNoGradient(1e-9));
    }

    @Test
    void aLeakyReluIsNeverDeadAndSigmoidAndTanhSaturateBelowAHundredth() {
        Network leaky = network(new LeakyReLU.Spec());
        ActivationFacts leakyFacts = new ActivationFacts((Activation) leaky.layers().get(FIRST_ACTIVATION));
        assertFalse(leakyFacts.passesNoGradient(-5), "slope 0.01 below 0 still passes gradient");
        assertEquals(0, leakyFacts.countNoGradient(pass(leaky).layer(FIRST_ACTIVATION).input()));

        ActivationFacts tanh = new ActivationFacts((Activation) network(new Tanh.Spec()).layers().get(FIRST_ACTIVATION));
        assertEquals(ActivationFacts.Rule.SATURATED, tanh.rule());
        // tanh'(3) = 0.0099, tanh'(2.9) = 0.0121
        assertTrue(tanh.passesNoGradient(3));
        assertTrue(tanh.passesNoGradient(-3));
        assertFalse(tanh.passesNoGradient(2.9));
        ActivationFacts sigmoid = new ActivationFacts((Activation) network(new Sigmoid.Spec()).layers().get(FIRST_ACTIVATION));
        // sigmoid'(4.6) = 0.0099, sigmoid'(4.5) = 0.0109
        assertTrue(sigmoid.passesNoGradient(4.6));
        assertFalse(sigmoid.passesNoGradient(4.5));
    }

    @Test
    void theCurveIsTheEnginesFunctionWithAPointAtZero() {
        ActivationFacts relu = new ActivationFacts((Activation) network(new ReLU.Spec()).layers().get(FIRST_ACTIVATION));
        ActivationFacts.Curve curve = relu.sample(-2, 3, 51);
        boolean zero = false;
        for (int i = 0; i < curve.x().length; i++) {
            double x = curve.x()[i];
            zero |= x == 0;
            assertEquals(Math.max(0, x), curve.f()[i], 0.0);
            assertEquals(x > 0 ? 1 : 0, curve.derivative()[i], 0.0);
        }
        assertTrue(zero, "the kink is sampled exactly");
        assertEquals(-2, curve.x()[0]);
        assertEquals(3, curve.x()[50]);
    }

    @Test
    void thePlotRangeHoldsZeroAndTheInputs() {
        assertArrayEquals(new double[] {-1.5, 2.5}, ActivationFacts.plotRange(-1.5, 2.5));
        assertArrayEquals(new double[] {0, 4}, ActivationFacts.plotRange(1, 4), "0 is always in it");
        assertArrayEquals(new double[] {-3, 0}, ActivationFacts.plotRange(-3, -1));
        assertArrayEquals(new double[] {-1, 1}, ActivationFacts.plotRange(0, 0), "never empty");
    }
}
