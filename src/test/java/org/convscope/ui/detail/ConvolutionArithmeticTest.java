package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.junit.jupiter.api.Test;

/**
 * The convolution view's arithmetic against the engine: every output cell recomputed from the
 * window's products, partial sums and bias equals the engine's forward output, and every weight's
 * sum of dL/dOutput x input equals the engine's backward gradient, with stride 1 and 2 and with
 * and without zero padding.
 */
class ConvolutionArithmeticTest {

    /** A conv layer of {@code spec} over a random {@code input}-shaped example, then flatten and dense 3. */
    private static LayerTrace convTrace(Shape input, Conv2D.Spec spec, boolean backward) {
        Network net = Network.build(new NetworkSpec(input, List.of(spec, new Flatten.Spec(), new Dense.Spec(3))),
                new Rng(7));
        Rng rng = new Rng(11);
        double[] values = new double[input.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble() * 2 - 1;
        }
        Tensor x = Tensor.of(input, values);
        PassTrace pass = backward ? net.trace(x, 1, Mode.INFERENCE) : net.forwardTrace(x, Mode.INFERENCE);
        return pass.layer(0);
    }

    private static void everyCellMatchesTheEngine(ConvolutionArithmetic conv) {
        Shape out = conv.outputShape();
        for (int f = 0; f < out.channels(); f++) {
            for (int r = 0; r < out.height(); r++) {
                for (int c = 0; c < out.width(); c++) {
                    ConvolutionArithmetic.OutputCell cell = conv.cell(f, r, c);
                    assertEquals(cell.engineValue(), cell.value(), 1e-9, "map " + f + " (" + r + ", " + c + ")");
                    double partials = cell.channels().stream().mapToDouble(ConvolutionArithmetic.ChannelSum::sum).sum();
                    assertEquals(cell.value(), partials + cell.bias(), 1e-12, "partial sums plus the bias");
                }
            }
        }
    }

    private static void everyWeightGradientMatchesTheEngine(ConvolutionArithmetic conv) {
        int k = conv.kernel();
        for (int f = 0; f < conv.outputShape().channels(); f++) {
            for (int ch = 0; ch < conv.inputShape().channels(); ch++) {
                for (int i = 0; i < k * k; i++) {
                    ConvolutionArithmetic.WeightGradient g = conv.weightGradient(f, ch, i / k, i % k);
                    assertEquals(g.engineValue(), g.value(), 1e-9, "dL/dw filter " + f + " channel " + ch + " weight " + i);
                    assertEquals(conv.positions(), g.terms(), "one term per output position");
                }
            }
        }
    }

    @Test
    void strideOneWithoutPaddingMatchesTheEngineForwardAndBackward() {
        Conv2D.Spec spec = new Conv2D.Spec(2, 3, 1, 0);
        ConvolutionArithmetic conv = ConvolutionArithmetic.of(convTrace(Shape.of(3, 6, 6), spec, true), spec);
        assertEquals(Shape.of(2, 4, 4), conv.outputShape());
        assertEquals(new ConvolutionArithmetic.Window(1, 2, 3), conv.window(1, 2), "stride 1: one cell per step");
        everyCellMatchesTheEngine(conv);
        everyWeightGradientMatchesTheEngine(conv);
        assertEquals(0, conv.weightGradient(0, 0, 0, 0).paddingTerms(), "no padding, no zero terms from it");
    }

    @Test
    void strideTwoAndPaddingOneMatchTheEngine() {
        Conv2D.Spec spec = new Conv2D.Spec(4, 3, 2, 1);
        ConvolutionArithmetic conv = ConvolutionArithmetic.of(convTrace(Shape.of(3, 7, 7), spec, true), spec);
        assertEquals(Shape.of(4, 4, 4), conv.outputShape(), "(7 + 2x1 - 3)/2 + 1 = 4");
        assertEquals(4, ConvolutionArithmetic.outputSide(7, 1, 3, 2));
        // The window starts one cell into the padding and jumps two cells per output cell.
        assertEquals(new ConvolutionArithmetic.Window(-1, -1, 3), conv.window(0, 0));
        assertEquals(new ConvolutionArithmetic.Window(-1, 1, 3), conv.window(0, 1));
        assertEquals(new ConvolutionArithmetic.Window(5, 5, 3), conv.window(3, 3));
        everyCellMatchesTheEngine(conv);
        everyWeightGradientMatchesTheEngine(conv);

        ConvolutionArithmetic.OutputCell corner = conv.cell(2, 0, 0);
        assertEquals(3, corner.channels().size(), "one partial sum per input channel");
        double[] inputs = corner.channels().get(1).inputs();
        // Row 0 and column 0 of the window lie on the padding: zeros, so their products are 0.
        for (int i = 0; i < 3; i++) {
            assertEquals(0, inputs[i]);
            assertEquals(0, inputs[i * 3]);
            assertEquals(0, corner.channels().get(1).products()[i], 0.0); // -0.0 for a negative weight times 0
        }
        assertEquals(conv.input().get(1, 0, 0), inputs[4], "the window's centre is input (0, 0)");
        // Weight (0, 0) meets the padding in the first output row and column: 4 + 4 - 1 of 16 positions.
        assertEquals(7, conv.weightGradient(0, 0, 0, 0).paddingTerms());
        assertArrayEquals(new int[] {-1, -1}, conv.receptiveCell(0, 0, 0));
        assertArrayEquals(new int[] {5, 3}, conv.receptiveCell(0, 0, 3 * 4 + 2));
    }

    @Test
    void fiveByFiveWithPaddingTwoAsLenetsFirstLayer() {
        Conv2D.Spec spec = new Conv2D.Spec(3, 5, 1, 2);
        ConvolutionArithmetic conv = ConvolutionArithmetic.of(convTrace(Shape.of(1, 12, 12), spec, true), spec);
        assertEquals(Shape.of(3, 12, 12), conv.outputShape(), "padding 2 keeps the size");
        assertEquals(25, conv.cell(0, 5, 5).channels().get(0).products().length, "25 products a channel");
        everyCellMatchesTheEngine(conv);
        everyWeightGradientMatchesTheEngine(conv);
        assertTrue(conv.isPadding(-2, 0) && conv.isPadding(0, 12) && !conv.isPadding(11, 11));
    }

    @Test
    void beforeTheBackwardStepThereAreNoGradientsToSum() {
        Conv2D.Spec spec = new Conv2D.Spec(2, 3, 1, 1);
        ConvolutionArithmetic conv = ConvolutionArithmetic.of(convTrace(Shape.of(2, 5, 5), spec, false), spec);
        assertFalse(conv.hasGradients());
        everyCellMatchesTheEngine(conv);
        assertThrows(IllegalStateException.class, () -> conv.weightGradient(0, 0, 0, 0));
    }

    @Test
    void theShippedLenetsTwoConvolutionsMatchTheStepper() throws Exception {
        Network net = org.convscope.model.ShippedModels.loadLenet5().network();
        org.convscope.engine.Stepper stepper = new org.convscope.engine.Stepper(net,
                org.convscope.data.SyntheticDigits.input(3, 8080), org.convscope.engine.Stepper.PREDICTED, Mode.INFERENCE);
        while (stepper.canStepForward()) {
            stepper.next();
        }
        PassTrace pass = stepper.current();
        for (int index : new int[] {0, 3}) {
            Conv2D.Spec spec = (Conv2D.Spec) net.layers().get(index).spec();
            ConvolutionArithmetic conv = ConvolutionArithmetic.of(pass.layer(index), spec);
            everyCellMatchesTheEngine(conv);
            everyWeightGradientMatchesTheEngine(conv);
        }
    }
}
