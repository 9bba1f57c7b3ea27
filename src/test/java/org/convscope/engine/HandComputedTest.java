package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.MaxPool2D;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand, with the course's own examples. */
class HandComputedTest {

    /** 5x5 input holding 1..25 row by row. */
    private static Tensor oneToTwentyFive() {
        double[] v = new double[25];
        for (int i = 0; i < 25; i++) {
            v[i] = i + 1;
        }
        return Tensor.wrap(Shape.of(1, 5, 5), v);
    }

    @Test
    void convolution3x3OverA5x5InputWithPadding1AndStride2() {
        Layer conv = new Conv2D.Spec(1, 3, 2, 1).build("conv1", Shape.of(1, 5, 5));
        // The Laplacian kernel: 4 neighbours minus 4 times the centre; bias 0.5.
        conv.params().get(0).setValues(new double[] {0, 1, 0, 1, -4, 1, 0, 1, 0});
        conv.params().get(1).setValues(new double[] {0.5});

        Tensor out = conv.forward(oneToTwentyFive(), Mode.INFERENCE);

        // (5 + 2x1 - 3)/2 + 1 = 3. Windows are centred on input rows/cols 0, 2, 4; the zero
        // padding stands in for the missing neighbours at the border (worked out by hand).
        assertEquals(Shape.of(1, 3, 3), out.shape());
        assertArrayEquals(new double[] {4.5, 2.5, -5.5, -9.5, 0.5, -15.5, -45.5, -27.5, -55.5}, out.toArray(), 1e-12);
    }

    @Test
    void aThreeChannelImageAndA5x5x3FilterGiveOneMapTwoFiltersTwoMaps() {
        Shape image = Shape.of(3, 32, 32);
        assertEquals(Shape.of(1, 28, 28), new Conv2D.Spec(1, 5, 0).outputShape(image));
        Layer two = new Conv2D.Spec(2, 5, 0).build("conv1", image);
        assertEquals(Shape.of(2, 28, 28), two.outputShape());
        // One bias per filter, shared by all 28x28 positions.
        assertEquals("2 x (5 x 5 x 3) + 2 = 152", two.parameterCount().formula());
        assertEquals(152, two.parameterCount().count());
    }

    @Test
    void eachOutputIsTheSumOverChannelsOfKernelTimesPatchPlusTheFilterBias() {
        Rng rng = new Rng(4);
        Shape image = Shape.of(3, 9, 7);
        Conv2D.Spec spec = new Conv2D.Spec(2, 3, 2, 1);
        Layer conv = spec.build("conv1", image);
        Initialization.XAVIER.initialize(conv, rng);
        conv.params().get(1).setValues(new double[] {0.25, -0.75});
        double[] x = GradientCheck.randomAwayFromZero(rng, image.size(), 0);
        Tensor out = conv.forward(Tensor.wrap(image, x), Mode.INFERENCE);

        double[] w = conv.params().get(0).value();
        double[] b = conv.params().get(1).value();
        Shape os = out.shape();
        for (int f = 0; f < 2; f++) {
            for (int oy = 0; oy < os.height(); oy++) {
                for (int ox = 0; ox < os.width(); ox++) {
                    double sum = b[f];
                    for (int c = 0; c < 3; c++) {
                        for (int ky = 0; ky < 3; ky++) {
                            for (int kx = 0; kx < 3; kx++) {
                                int iy = oy * 2 + ky - 1;
                                int ix = ox * 2 + kx - 1;
                                boolean inside = iy >= 0 && iy < 9 && ix >= 0 && ix < 7;
                                sum += w[((f * 3 + c) * 3 + ky) * 3 + kx] * (inside ? x[image.index(c, iy, ix)] : 0);
                            }
                        }
                    }
                    assertEquals(sum, out.get(f, oy, ox), 1e-12, "output (" + f + ", " + oy + ", " + ox + ")");
                }
            }
        }
    }

    private static final Tensor POOL_INPUT = Tensor.of(Shape.of(1, 4, 4),
            1, 3, 2, 0,
            4, 2, 1, 5,
            0, 1, 7, 2,
            3, 9, 6, 8);

    @Test
    void maxPoolingRoutesEachGradientToTheWinningCellOnly() {
        Layer pool = new MaxPool2D.Spec(2).build("maxpool1", POOL_INPUT.shape());
        Tensor out = pool.forward(POOL_INPUT, Mode.INFERENCE);
        assertArrayEquals(new double[] {4, 5, 9, 8}, out.toArray());

        Optional<TraceExtra> extra = pool.traceExtra();
        PoolRoutes routes = (PoolRoutes) extra.orElseThrow();
        // Winners: 4 at (1,0), 5 at (1,3), 9 at (3,1), 8 at (3,3).
        assertArrayEquals(new int[] {4, 7, 13, 15}, routes.toArray());

        Tensor gradIn = pool.backward(Tensor.of(out.shape(), 0.1, 0.2, 0.3, 0.4));
        double[] expected = new double[16];
        expected[4] = 0.1;
        expected[7] = 0.2;
        expected[13] = 0.3;
        expected[15] = 0.4;
        assertArrayEquals(expected, gradIn.toArray(), 0.0, "all other cells exactly zero");
    }

    @Test
    void averagePoolingSplitsEachGradientEvenlyOverItsWindow() {
        Layer pool = new AvgPool2D.Spec(2).build("avgpool1", POOL_INPUT.shape());
        Tensor out = pool.forward(POOL_INPUT, Mode.INFERENCE);
        assertArrayEquals(new double[] {2.5, 2, 3.25, 5.75}, out.toArray(), 1e-12);

        Tensor gradIn = pool.backward(Tensor.of(out.shape(), 0.1, 0.2, 0.3, 0.4));
        assertArrayEquals(new double[] {
            0.025, 0.025, 0.05, 0.05,
            0.025, 0.025, 0.05, 0.05,
            0.075, 0.075, 0.1, 0.1,
            0.075, 0.075, 0.1, 0.1}, gradIn.toArray(), 1e-15);
    }

    @Test
    void theCoursesParameterCounts() {
        long pixels = 1000L * 1000;
        long hidden = 1_000_000L;
        assertEquals(1_000_000_000_000L, ConnectivityCounts.fullyConnected(pixels, hidden).count());
        assertEquals(100_000_000L, ConnectivityCounts.locallyConnected(hidden, 10, 1).count());
        assertEquals(100, ConnectivityCounts.sharedKernels(1, 10, 1).count());
        assertEquals(10_000, ConnectivityCounts.sharedKernels(100, 10, 1).count());
        assertEquals("1,000,000 x 1,000,000 = 1,000,000,000,000", ConnectivityCounts.fullyConnected(pixels, hidden).formula());

        // The layers count the same weights, plus their biases, without allocating them.
        Shape image = Shape.of(1, 1000, 1000);
        assertEquals(1_000_000_000_000L + hidden, new Dense.Spec(1_000_000)
                .parameterCount(image).count());
        assertEquals(100 + 1, new Conv2D.Spec(1, 10, 0).parameterCount(image).count());
        assertEquals(10_000 + 100, new Conv2D.Spec(100, 10, 0).parameterCount(image).count());
        assertEquals("100 x (10 x 10 x 1) + 100 = 10,100", new Conv2D.Spec(100, 10, 0).parameterCount(image).formula());
    }

    @Test
    void presetParameterCounts() {
        Network lenet = Network.build(Presets.lenet5(), new Rng(1));
        assertEquals(61_706, lenet.parameterCount());
        assertEquals("6 x (5 x 5 x 1) + 6 = 156", lenet.layers().get(0).parameterCount().formula());
        assertEquals("16 x (5 x 5 x 6) + 16 = 2,416", lenet.layers().get(3).parameterCount().formula());
        assertEquals("120 x 400 + 120 = 48,120", lenet.layers().get(7).parameterCount().formula());
        assertEquals(13, lenet.layers().size());
        assertEquals(10, lenet.classes());

        Network tiny = Network.build(Presets.tiny(), new Rng(1));
        assertEquals(40 + 296 + 3930, tiny.parameterCount());
        assertTrue(tiny.layers().stream().map(Layer::name).toList()
                .containsAll(List.of("conv1", "relu1", "maxpool1", "conv2", "relu2", "maxpool2", "flatten1",
                        "dense1")));
    }
}
