package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.ui.detail.KernelBank.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The kernels of a convolution layer as the kernel bank reads them from the trace: the weights,
 * the gradients once the backward pass has been through, and after an SGD step the change new -
 * old, which is -learningRate x dL/dw; one symmetric range over all of them.
 */
class KernelBankTest {
    private static final Shape INPUT = Shape.of(3, 8, 8);
    private static final double RATE = 0.05;

    private final Network net = Network.build(new NetworkSpec(INPUT,
            List.of(new Conv2D.Spec(4, 3, 1, 1), new Flatten.Spec(), new Dense.Spec(3))), new Rng(5));

    private static Tensor example() {
        Rng rng = new Rng(9);
        double[] values = new double[INPUT.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble() * 2 - 1;
        }
        return Tensor.of(INPUT, values);
    }

    /** A stepped pass, all the way through the backward pass. */
    private Stepper completePass() {
        Stepper stepper = new Stepper(net, example(), 2, Mode.INFERENCE);
        while (stepper.canStepForward()) {
            stepper.next();
        }
        return stepper;
    }

    private static ParamTrace param(LayerTrace trace, String name) {
        return trace.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void forwardTheBankHoldsEveryFiltersWeightsOnOneSymmetricRange() {
        Stepper stepper = new Stepper(net, example(), 2, Mode.INFERENCE);
        LayerTrace conv = stepper.next().layer(0);
        assertFalse(KernelBank.available(conv, null, Quantity.GRADIENTS), "no gradients before the backward pass");
        assertFalse(KernelBank.available(conv, null, Quantity.CHANGE), "no change before an update");
        assertThrows(IllegalArgumentException.class, () -> KernelBank.of(conv, null, Quantity.GRADIENTS));

        KernelBank bank = KernelBank.of(conv, null, Quantity.WEIGHTS);
        assertEquals(4, bank.filters());
        assertEquals(3, bank.channels());
        assertEquals(3, bank.kernel());
        Tensor weights = param(conv, "weights").value();
        double largest = 0;
        for (int f = 0; f < 4; f++) {
            for (int c = 0; c < 3; c++) {
                for (int r = 0; r < 3; r++) {
                    for (int col = 0; col < 3; col++) {
                        double w = weights.get(((f * 3 + c) * 3 + r) * 3 + col);
                        assertEquals(w, bank.value(f, c, r, col), 0, "filter " + f + " channel " + c);
                        largest = Math.max(largest, Math.abs(w));
                    }
                }
            }
            assertEquals(param(conv, "bias").value().get(f), bank.bias(f), 0);
        }
        assertEquals(-largest, bank.range().min(), 0, "one range for every kernel, symmetric about 0");
        assertEquals(largest, bank.range().max(), 0);
        assertEquals(largest, Math.abs(bank.largest().value()), 0);
        KernelBank.Weight top = bank.largest();
        assertEquals(top.value(), bank.value(top.filter(), top.channel(), top.row(), top.col()), 0,
                "the largest weight's position points at it");
    }

    @Test
    void backwardTheBankHoldsTheGradientsOfWeightsAndBiases() {
        LayerTrace conv = completePass().current().layer(0);
        assertTrue(KernelBank.available(conv, null, Quantity.GRADIENTS));
        KernelBank bank = KernelBank.of(conv, null, Quantity.GRADIENTS);
        Tensor grads = param(conv, "weights").grad();
        assertEquals(grads.get(((2 * 3 + 1) * 3 + 2) * 3), bank.value(2, 1, 2, 0), 0);
        assertEquals(param(conv, "bias").grad().get(3), bank.bias(3), 0);
        double largest = 0;
        for (int i = 0; i < grads.shape().size(); i++) {
            largest = Math.max(largest, Math.abs(grads.get(i)));
        }
        assertTrue(largest > 0, "this example has gradients at the first layer");
        assertEquals(largest, bank.range().max(), 0);
    }

    @Test
    void afterAnUpdateTheChangeIsNewMinusOldWhichIsMinusTheRateTimesTheGradient() {
        Stepper stepper = completePass();
        LayerTrace before = stepper.current().layer(0);
        List<Tensor> parametersBefore = List.of(param(before, "weights").value(), param(before, "bias").value());
        stepper.applyUpdate(RATE);
        Stepper after = new Stepper(net, example(), 2, Mode.INFERENCE);
        LayerTrace conv = after.next().layer(0);

        assertTrue(KernelBank.available(conv, parametersBefore, Quantity.CHANGE));
        KernelBank change = KernelBank.of(conv, parametersBefore, Quantity.CHANGE);
        Tensor gradients = param(before, "weights").grad();
        for (int f = 0; f < 4; f++) {
            for (int c = 0; c < 3; c++) {
                for (int r = 0; r < 3; r++) {
                    for (int col = 0; col < 3; col++) {
                        int i = ((f * 3 + c) * 3 + r) * 3 + col;
                        assertEquals(param(conv, "weights").value().get(i) - parametersBefore.get(0).get(i),
                                change.value(f, c, r, col), 0, "new - old");
                        assertEquals(-RATE * gradients.get(i), change.value(f, c, r, col), 1e-15, "-rate x dL/dw");
                    }
                }
            }
            assertEquals(-RATE * param(before, "bias").grad().get(f), change.bias(f), 1e-15, "the bias moves too");
        }
        assertTrue(change.range().max() > 0, "the update changed something");
    }
}
