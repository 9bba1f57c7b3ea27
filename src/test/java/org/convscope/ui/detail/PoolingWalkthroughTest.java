package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.ui.detail.PoolingWalkthrough.Cell;
import org.junit.jupiter.api.Test;

/**
 * The pooling view's numbers against the engine's own max and average pooling, forward and
 * backward, on small tensors: with stride = window, with overlapping windows (stride < window)
 * and with gaps (stride > window). Inputs are random distinct values, so no window has a tie.
 */
class PoolingWalkthroughTest {

    private static Tensor distinct(Shape shape, long seed) {
        Rng rng = new Rng(seed);
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble() * 2 - 1 + i * 1e-9; // distinct: no ties in any window
        }
        return Tensor.wrap(shape, values);
    }

    /** Runs the engine's layer forward and backward and explains map {@code channel} of it. */
    private static Run run(LayerSpec spec, Shape inputShape, int channel) {
        Layer layer = spec.build("pool", inputShape);
        Tensor input = distinct(inputShape, 7 + inputShape.size());
        Tensor output = layer.forward(input, Mode.INFERENCE);
        var extra = layer.traceExtra();
        Tensor gradOutput = distinct(layer.outputShape(), 99);
        Tensor gradInput = layer.backward(gradOutput);
        LayerTrace trace = new LayerTrace(0, "pool", spec.type(), inputShape, layer.outputShape(), null, input, output,
                extra, List.of(), gradOutput, gradInput);
        return new Run(PoolingWalkthrough.of(layer, trace, channel).orElseThrow(), input, output, gradOutput,
                gradInput, extra.map(PoolRoutes.class::cast).orElse(null));
    }

    private record Run(PoolingWalkthrough walk, Tensor input, Tensor output, Tensor gradOutput, Tensor gradInput,
            PoolRoutes routes) {
    }

    @Test
    void maxWinnersAreTheEnginesRoutesAndHoldTheOutputValue() {
        for (LayerSpec spec : List.of(new MaxPool2D.Spec(2), new MaxPool2D.Spec(3, 2), new MaxPool2D.Spec(2, 3))) {
            Shape shape = Shape.of(3, 8, 8);
            if (spec.equals(new MaxPool2D.Spec(3, 2))) {
                shape = Shape.of(3, 7, 7);
            }
            Run r = run(spec, shape, 1);
            PoolingWalkthrough w = r.walk();
            Set<Integer> fromRoutes = new HashSet<>();
            for (int oy = 0; oy < w.outputRows(); oy++) {
                for (int ox = 0; ox < w.outputCols(); ox++) {
                    Cell winner = w.winner(oy, ox);
                    assertEquals(r.routes().sourceOf(1, oy, ox), r.input().shape().index(1, winner.row(), winner.col()));
                    assertEquals(r.output().get(1, oy, ox), w.input(winner.row(), winner.col()), 0.0);
                    assertTrue(w.window(oy, ox).contains(winner), "the winner lies in its own window");
                    fromRoutes.add(winner.row() * w.inputCols() + winner.col());
                }
            }
            boolean[] mask = w.winnerMask();
            for (int i = 0; i < mask.length; i++) {
                assertEquals(fromRoutes.contains(i), mask[i], spec + ": marked cell " + i);
            }
        }
    }

    @Test
    void theSplitGradientEqualsTheEnginesDlDInput() {
        List<LayerSpec> specs = List.of(new MaxPool2D.Spec(2), new MaxPool2D.Spec(3, 2), new MaxPool2D.Spec(2, 3),
                new AvgPool2D.Spec(2), new AvgPool2D.Spec(3, 2), new AvgPool2D.Spec(2, 3));
        for (LayerSpec spec : specs) {
            Shape shape = spec.equals(new MaxPool2D.Spec(3, 2)) || spec.equals(new AvgPool2D.Spec(3, 2))
                    ? Shape.of(2, 7, 7) : Shape.of(2, 8, 8);
            Run r = run(spec, shape, 1);
            assertArrayEquals(r.gradInput().map(1), r.walk().splitGradient(), 1e-12, spec.toString());
        }
    }

    @Test
    void maxBackwardIsNonZeroOnlyAtWinners() {
        Run r = run(new MaxPool2D.Spec(2), Shape.of(1, 6, 6), 0);
        boolean[] won = r.walk().winnerMask();
        double[] split = r.walk().splitGradient();
        for (int i = 0; i < split.length; i++) {
            assertEquals(won[i], split[i] != 0, "cell " + i);
        }
        Cell winner = r.walk().winner(1, 2);
        for (Cell c : r.walk().window(1, 2)) {
            assertEquals(c.equals(winner) ? r.gradOutput().get(0, 1, 2) : 0.0, r.walk().shareOfWindowCell(1, 2, c), 0.0);
        }
    }

    @Test
    void averageSplitIsTheGradientOverKSquared() {
        Run r = run(new AvgPool2D.Spec(3, 2), Shape.of(1, 7, 7), 0);
        double g = r.gradOutput().get(0, 2, 1);
        for (Cell c : r.walk().window(2, 1)) {
            assertEquals(g / 9, r.walk().shareOfWindowCell(2, 1, c), 1e-12);
        }
        // Cell (2, 2) lies in four overlapping windows and sums their four shares.
        assertEquals(4, r.walk().windowsHolding(2, 2).size());
        assertEquals(r.gradInput().get(0, 2, 2), r.walk().splitGradient()[2 * 7 + 2], 1e-12);
    }

    @Test
    void whatIfAverageEqualsTheEnginesAveragePoolingOfTheSameInput() {
        Run max = run(new MaxPool2D.Spec(3, 2), Shape.of(2, 7, 7), 1);
        Layer avg = new AvgPool2D.Spec(3, 2).build("avg", max.input().shape());
        Tensor expected = avg.forward(max.input(), Mode.INFERENCE);
        assertArrayEquals(expected.map(1), max.walk().averageMap(), 1e-12);
    }

    @Test
    void windowsHoldingFollowsStrideAndGaps() {
        Run gaps = run(new MaxPool2D.Spec(2, 3), Shape.of(1, 8, 8), 0);
        assertEquals(List.of(), gaps.walk().windowsHolding(2, 2), "row 2 lies between windows");
        assertEquals(List.of(new Cell(1, 1)), gaps.walk().windowsHolding(4, 3));
        assertFalse(gaps.walk().winnerMask()[2 * 8 + 2]);
    }

    @Test
    void aWindowOfEqualValuesIsATieAndTheEnginesFirstCellWinsIt() {
        // After ReLU a window is often all zeros: the engine keeps the first cell.
        Tensor input = Tensor.of(Shape.of(1, 2, 4), 0, 0, 0.5, 0.1, 0, 0, 0.2, 0.3);
        Layer max = new MaxPool2D.Spec(2).build("m", input.shape());
        Tensor out = max.forward(input, Mode.INFERENCE);
        LayerTrace trace = new LayerTrace(0, "m", "maxpool", input.shape(), out.shape(), null, input, out,
                max.traceExtra(), List.of(), null, null);
        PoolingWalkthrough w = PoolingWalkthrough.of(max, trace, 0).orElseThrow();
        assertTrue(w.windowTies(0, 0));
        assertEquals(new Cell(0, 0), w.winner(0, 0));
        assertFalse(w.windowTies(0, 1));
        assertEquals(new Cell(0, 2), w.winner(0, 1));
        assertFalse(w.hasGradient());
    }

    @Test
    void formulasShowTheWindowsNumbers() {
        Tensor input = Tensor.of(Shape.of(1, 2, 2), 0.12, 0.8, -0.31, 0.05);
        Layer max = new MaxPool2D.Spec(2).build("m", input.shape());
        Tensor out = max.forward(input, Mode.INFERENCE);
        LayerTrace trace = new LayerTrace(0, "m", "maxpool", input.shape(), out.shape(), null, input, out,
                max.traceExtra(), List.of(), Tensor.of(out.shape(), 0.031), null);
        PoolingWalkthrough w = PoolingWalkthrough.of(max, trace, 0).orElseThrow();
        assertEquals("max(0.120, 0.800, \u22120.310, 0.0500) = 0.800", w.maxFormula(0, 0, out.get(0)));
        assertEquals("(0.120 + 0.800 + (\u22120.310) + 0.0500) / 4 = 0.165", w.averageFormula(0, 0, w.average(0, 0)));
        assertEquals("0.0310 / 4 = 0.00775", w.splitFormula(0, 0));
        assertEquals(new Cell(0, 1), w.winner(0, 0));
    }
}
