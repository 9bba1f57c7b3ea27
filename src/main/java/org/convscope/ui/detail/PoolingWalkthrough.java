package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.ui.NumberText;

/**
 * What the pooling view explains about one map of one pooling layer, in plain Java (no JavaFX) so
 * that every number it shows can be checked against the engine without a stage: the pooling
 * windows, the winners of max pooling (read from the engine's {@link PoolRoutes}, never
 * recomputed, so a tie is shown the way the engine broke it), the formulas with their numbers,
 * what average pooling would give for the same input, and how the backward pass splits each
 * gradient.
 *
 * <p>Windows follow the layer's own window and stride: window (oy, ox) covers input rows
 * {@code oy*stride .. oy*stride+window-1} and the same columns, so overlapping windows
 * (stride &lt; window) and gaps are drawn as they are computed.
 */
public final class PoolingWalkthrough {

    /** Which pooling the layer does. */
    public enum Kind {
        MAX, AVERAGE
    }

    /** A cell of a map, 0-based. */
    public record Cell(int row, int col) {
    }

    private final Kind kind;
    private final int window;
    private final int stride;
    private final int channel;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Tensor input;
    private final PoolRoutes routes;
    private final Tensor gradOutput;

    /**
     * @param routes     the engine's max-pool routes; required for {@link Kind#MAX}, ignored otherwise
     * @param gradOutput dL/dOutput, or null before the backward pass reaches the layer
     */
    public PoolingWalkthrough(Kind kind, int window, int stride, int channel, Tensor input, Shape outputShape,
            PoolRoutes routes, Tensor gradOutput) {
        if (kind == Kind.MAX && routes == null) {
            throw new IllegalArgumentException("max pooling is explained from the engine's routes");
        }
        this.kind = kind;
        this.window = window;
        this.stride = stride;
        this.channel = channel;
        this.input = input;
        this.inputShape = input.shape();
        this.outputShape = outputShape;
        this.routes = kind == Kind.MAX ? routes : null;
        this.gradOutput = gradOutput;
    }

    /**
     * The walkthrough of map {@code channel} of a pooling layer as the pass left it, or empty when
     * the layer is no pooling layer or the trace lacks what the view needs (input, or routes).
     */
    public static Optional<PoolingWalkthrough> of(Layer layer, LayerTrace trace, int channel) {
        if (trace == null || trace.input() == null) {
            return Optional.empty();
        }
        if (layer.spec() instanceof MaxPool2D.Spec spec) {
            return trace.extra().filter(PoolRoutes.class::isInstance).map(PoolRoutes.class::cast)
                    .map(routes -> new PoolingWalkthrough(Kind.MAX, spec.window(), spec.stride(), channel,
                            trace.input(), layer.outputShape(), routes, trace.gradOutput()));
        }
        if (layer.spec() instanceof AvgPool2D.Spec spec) {
            return Optional.of(new PoolingWalkthrough(Kind.AVERAGE, spec.window(), spec.stride(), channel,
                    trace.input(), layer.outputShape(), null, trace.gradOutput()));
        }
        return Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    public int window() {
        return window;
    }

    public int stride() {
        return stride;
    }

    public int channel() {
        return channel;
    }

    /** Cells in a window, k^2: the divisor of average pooling and of its gradient split. */
    public int cellsPerWindow() {
        return window * window;
    }

    public int inputRows() {
        return inputShape.height();
    }

    public int inputCols() {
        return inputShape.width();
    }

    public int outputRows() {
        return outputShape.height();
    }

    public int outputCols() {
        return outputShape.width();
    }

    /** The input map's value at (row, col). */
    public double input(int row, int col) {
        return input.get(channel, row, col);
    }

    /** The input map, row by row. */
    public double[] inputMap() {
        return input.map(channel);
    }

    /** The first input cell of output cell (oy, ox)'s window. */
    public Cell windowOrigin(int oy, int ox) {
        return new Cell(oy * stride, ox * stride);
    }

    /** The k^2 input cells of output cell (oy, ox)'s window, row by row. */
    public List<Cell> window(int oy, int ox) {
        List<Cell> cells = new ArrayList<>(cellsPerWindow());
        for (int dy = 0; dy < window; dy++) {
            for (int dx = 0; dx < window; dx++) {
                cells.add(new Cell(oy * stride + dy, ox * stride + dx));
            }
        }
        return cells;
    }

    /** The output cells whose windows hold input cell (row, col): one, several where windows overlap, none in a gap. */
    public List<Cell> windowsHolding(int row, int col) {
        List<Cell> outputs = new ArrayList<>();
        for (int oy = 0; oy < outputRows(); oy++) {
            for (int ox = 0; ox < outputCols(); ox++) {
                int dy = row - oy * stride;
                int dx = col - ox * stride;
                if (dy >= 0 && dy < window && dx >= 0 && dx < window) {
                    outputs.add(new Cell(oy, ox));
                }
            }
        }
        return outputs;
    }

    /** Max pooling: the input cell that won output cell (oy, ox)'s window, as the engine recorded it. */
    public Cell winner(int oy, int ox) {
        requireMax();
        int flat = routes.sourceOf(channel, oy, ox) - channel * inputShape.mapSize();
        return new Cell(flat / inputCols(), flat % inputCols());
    }

    /**
     * True when every cell of output cell (oy, ox)'s window holds the same value (after ReLU, often
     * all zeros): the engine's winner is then simply the first cell, not a value that stood out.
     */
    public boolean windowTies(int oy, int ox) {
        double first = Double.NaN;
        for (Cell c : window(oy, ox)) {
            double v = input(c.row(), c.col());
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }

    /** Max pooling: for each input cell of the map (row by row), whether it won at least one window. */
    public boolean[] winnerMask() {
        requireMax();
        boolean[] won = new boolean[inputShape.mapSize()];
        for (int oy = 0; oy < outputRows(); oy++) {
            for (int ox = 0; ox < outputCols(); ox++) {
                Cell w = winner(oy, ox);
                won[w.row() * inputCols() + w.col()] = true;
            }
        }
        return won;
    }

    /** Max pooling: the output cells input cell (row, col) won (several only where windows overlap). */
    public List<Cell> windowsWonBy(int row, int col) {
        requireMax();
        return windowsHolding(row, col).stream().filter(o -> winner(o.row(), o.col()).equals(new Cell(row, col)))
                .toList();
    }

    /** The mean of output cell (oy, ox)'s window: what average pooling gives there. */
    public double average(int oy, int ox) {
        double sum = 0;
        for (Cell c : window(oy, ox)) {
            sum += input(c.row(), c.col());
        }
        return sum / cellsPerWindow();
    }

    /**
     * What average pooling would give for the same input (the what-if of a max-pool layer), row by
     * row; computed here and never handed to the model.
     */
    public double[] averageMap() {
        double[] means = new double[outputRows() * outputCols()];
        for (int oy = 0; oy < outputRows(); oy++) {
            for (int ox = 0; ox < outputCols(); ox++) {
                means[oy * outputCols() + ox] = average(oy, ox);
            }
        }
        return means;
    }

    /** True once the backward pass has reached the layer. */
    public boolean hasGradient() {
        return gradOutput != null;
    }

    /** dL/dOutput at output cell (oy, ox). */
    public double gradOutput(int oy, int ox) {
        return gradOutput.get(channel, oy, ox);
    }

    /**
     * The part of dL/dOutput at (oy, ox) that reaches each cell of its window: all of it for the
     * winner and 0 for the rest (max), gradient / k^2 for every cell (average).
     */
    public double shareOfWindowCell(int oy, int ox, Cell cell) {
        double g = gradOutput(oy, ox);
        if (kind == Kind.MAX) {
            return winner(oy, ox).equals(cell) ? g : 0;
        }
        return g / cellsPerWindow();
    }

    /**
     * dL/dInput of the map as the split above gives it, row by row: each input cell sums what it
     * receives from every window holding it. The view shows the engine's own dL/dInput; this is
     * the explanation of it, and the tests hold the two equal.
     */
    public double[] splitGradient() {
        double[] grad = new double[inputShape.mapSize()];
        for (int oy = 0; oy < outputRows(); oy++) {
            for (int ox = 0; ox < outputCols(); ox++) {
                for (Cell c : window(oy, ox)) {
                    grad[c.row() * inputCols() + c.col()] += shareOfWindowCell(oy, ox, c);
                }
            }
        }
        return grad;
    }

    /** "max(0.120, 0.800, 0.310, 0.0500) = 0.800": the window's values and the output, at 3 significant digits. */
    public String maxFormula(int oy, int ox, double output) {
        StringJoiner values = new StringJoiner(", ", "max(", ")");
        for (Cell c : window(oy, ox)) {
            values.add(NumberText.sig3(input(c.row(), c.col())));
        }
        return values + " = " + NumberText.sig3(output);
    }

    /** "(0.120 + 0.800 + (-0.310) + 0.0500) / 4 = 0.165", a negative term in brackets as the UI guide writes it. */
    public String averageFormula(int oy, int ox, double output) {
        StringJoiner values = new StringJoiner(" + ", "(", ")");
        for (Cell c : window(oy, ox)) {
            values.add(term(input(c.row(), c.col())));
        }
        return values + " / " + cellsPerWindow() + " = " + NumberText.sig3(output);
    }

    /** "0.0310 / 4 = 0.00775": the even split of average pooling's backward pass. */
    public String splitFormula(int oy, int ox) {
        double g = gradOutput(oy, ox);
        return term(g) + " / " + cellsPerWindow() + " = " + NumberText.sig3(g / cellsPerWindow());
    }

    private static String term(double value) {
        String text = NumberText.sig3(value);
        return value < 0 ? "(" + text + ")" : text;
    }

    private void requireMax() {
        if (kind != Kind.MAX) {
            throw new IllegalStateException("only max pooling has winners");
        }
    }
}
