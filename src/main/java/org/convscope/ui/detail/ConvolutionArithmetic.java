package org.convscope.ui.detail;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;

/**
 * The numbers the convolution view writes out, recomputed from one layer's trace: where the kernel
 * window lies for an output cell, each channel's element-wise products and partial sum, the bias
 * and the total, and for a kernel weight its gradient as the sum over every output position of
 * dL/dOutput x input. Pure Java, no JavaFX: tested against the engine's own forward and backward.
 *
 * <p>The view recomputes rather than reads the engine's im2col columns on purpose: a formula the
 * class checks by hand must come from the same inputs, weights and bias the class sees, and the
 * tests then prove it lands on the engine's value.
 *
 * <p>Coordinates: output cells are (row, col) of the output map; input cells are (y, x) of the
 * unpadded input, so the zero padding lies at y or x in [-P, 0) and [H, H + P).
 */
public final class ConvolutionArithmetic {
    private final Tensor input;
    private final Tensor output;
    private final Tensor weights;
    private final Tensor bias;
    private final Tensor gradOutput;
    private final Tensor weightGradients;
    private final Shape inputShape;
    private final Shape outputShape;
    private final int kernel;
    private final int stride;
    private final int padding;

    /** The window of one output cell in input coordinates: top-left corner and side. */
    public record Window(int top, int left, int size) {
        public boolean contains(int y, int x) {
            return y >= top && y < top + size && x >= left && x < left + size;
        }
    }

    /**
     * One input channel's share of an output cell: the k x k input values under the window (0 on
     * padding), the kernel slice, their products and the products' sum, all row by row.
     */
    public record ChannelSum(int channel, double[] inputs, double[] weights, double[] products, double sum) {
    }

    /**
     * The whole calculation of one output cell: the channels' partial sums plus the bias.
     *
     * @param value       the sum recomputed here
     * @param engineValue the engine's output at the cell, which {@code value} must equal
     */
    public record OutputCell(int filter, int row, int col, List<ChannelSum> channels, double bias, double value,
            double engineValue) {
    }

    /**
     * dL/dw of one kernel weight as the sum over every output position of dL/dOutput x the input
     * the weight met there.
     *
     * @param gradOutputs  dL/dOutput at each position, row by row over the output map
     * @param inputs       the input value the weight multiplied at that position (0 on padding)
     * @param paddingTerms how many of the terms met zero padding (and so add nothing)
     * @param engineValue  the engine's gradient of the weight (ParamTrace), which {@code value} must equal
     */
    public record WeightGradient(int filter, int channel, int row, int col, double[] gradOutputs, double[] inputs,
            int paddingTerms, double value, double engineValue) {
        public int terms() {
            return gradOutputs.length;
        }
    }

    private ConvolutionArithmetic(LayerTrace trace, Conv2D.Spec spec) {
        this.input = trace.input();
        this.output = trace.output();
        this.inputShape = trace.inputShape();
        this.outputShape = trace.outputShape();
        this.kernel = spec.kernel();
        this.stride = spec.stride();
        this.padding = spec.padding();
        ParamTrace w = param(trace, "weights");
        ParamTrace b = param(trace, "bias");
        this.weights = w.value();
        this.bias = b.value();
        this.gradOutput = trace.gradOutput();
        this.weightGradients = w.grad();
    }

    /** The arithmetic of a convolution layer's trace; {@code spec} is that layer's. */
    public static ConvolutionArithmetic of(LayerTrace trace, Conv2D.Spec spec) {
        if (trace.output() == null || !"conv2d".equals(trace.type())) {
            throw new IllegalArgumentException("not a computed convolution: " + trace.name());
        }
        return new ConvolutionArithmetic(trace, spec);
    }

    private static ParamTrace param(LayerTrace trace, String name) {
        return trace.params().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(trace.name() + " has no " + name));
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    public int padding() {
        return padding;
    }

    public Shape inputShape() {
        return inputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    public Tensor input() {
        return input;
    }

    /** True once the backward pass has given this layer its gradients. */
    public boolean hasGradients() {
        return gradOutput != null && weightGradients != null;
    }

    /** Output positions, row by row: position p is row p / W', column p % W'. */
    public int positions() {
        return outputShape.mapSize();
    }

    /** The window of output cell (row, col): it moves by the stride and starts P cells into the padding. */
    public Window window(int row, int col) {
        return new Window(row * stride - padding, col * stride - padding, kernel);
    }

    /** True for a cell of the zero padding around the input. */
    public boolean isPadding(int y, int x) {
        return y < 0 || x < 0 || y >= inputShape.height() || x >= inputShape.width();
    }

    /** The input value at (y, x) of {@code channel}, 0 on the padding. */
    public double paddedInput(int channel, int y, int x) {
        return isPadding(y, x) ? 0 : input.get(channel, y, x);
    }

    /** Kernel weight (row, col) of {@code channel}'s slice of {@code filter}; weights are [filter][channel][row][col]. */
    public double weight(int filter, int channel, int row, int col) {
        return weights.get(((filter * inputShape.channels() + channel) * kernel + row) * kernel + col);
    }

    public double bias(int filter) {
        return bias.get(filter);
    }

    /** The slice of {@code filter} over {@code channel}, row by row (k x k values). */
    public double[] kernelSlice(int filter, int channel) {
        double[] slice = new double[kernel * kernel];
        for (int i = 0; i < slice.length; i++) {
            slice[i] = weight(filter, channel, i / kernel, i % kernel);
        }
        return slice;
    }

    /** Output cell (row, col) of map {@code filter}, computed channel by channel. */
    public OutputCell cell(int filter, int row, int col) {
        Window window = window(row, col);
        List<ChannelSum> channels = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < inputShape.channels(); c++) {
            double[] in = new double[kernel * kernel];
            double[] w = kernelSlice(filter, c);
            double[] products = new double[kernel * kernel];
            double sum = 0;
            for (int i = 0; i < in.length; i++) {
                in[i] = paddedInput(c, window.top() + i / kernel, window.left() + i % kernel);
                products[i] = w[i] * in[i];
                sum += products[i];
            }
            channels.add(new ChannelSum(c, in, w, products, sum));
            total += sum;
        }
        double b = bias(filter);
        return new OutputCell(filter, row, col, List.copyOf(channels), b, total + b, output.get(filter, row, col));
    }

    /** dL/dOutput at (row, col) of map {@code filter}; only after the backward step. */
    public double gradOutput(int filter, int row, int col) {
        requireGradients();
        return gradOutput.get(filter, row, col);
    }

    /** The gradient of kernel weight (row, col) of {@code channel}'s slice of {@code filter}. */
    public WeightGradient weightGradient(int filter, int channel, int row, int col) {
        requireGradients();
        int n = positions();
        double[] grads = new double[n];
        double[] inputs = new double[n];
        int onPadding = 0;
        double sum = 0;
        for (int p = 0; p < n; p++) {
            int outRow = p / outputShape.width();
            int outCol = p % outputShape.width();
            Window window = window(outRow, outCol);
            int y = window.top() + row;
            int x = window.left() + col;
            grads[p] = gradOutput.get(filter, outRow, outCol);
            inputs[p] = paddedInput(channel, y, x);
            if (isPadding(y, x)) {
                onPadding++;
            }
            sum += grads[p] * inputs[p];
        }
        int flat = ((filter * inputShape.channels() + channel) * kernel + row) * kernel + col;
        return new WeightGradient(filter, channel, row, col, grads, inputs, onPadding, sum, weightGradients.get(flat));
    }

    /**
     * The input cell kernel weight (row, col) meets at output position {@code position}: the
     * weight's receptive positions, one per output cell. As {y, x}, possibly on the padding.
     */
    public int[] receptiveCell(int row, int col, int position) {
        Window window = window(position / outputShape.width(), position % outputShape.width());
        return new int[] {window.top() + row, window.left() + col};
    }

    /** The output side from the input side, as the course writes it: (W + 2P - F)/S + 1. */
    public static int outputSide(int inputSide, int padding, int kernel, int stride) {
        return (inputSide + 2 * padding - kernel) / stride + 1;
    }

    private void requireGradients() {
        if (!hasGradients()) {
            throw new IllegalStateException("the backward pass has not reached this layer yet");
        }
    }
}
