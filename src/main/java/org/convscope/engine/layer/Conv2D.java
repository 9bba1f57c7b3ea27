package org.convscope.engine.layer;

import java.util.Arrays;
import java.util.List;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Param;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.Shape;
import org.convscope.engine.ShapeException;
import org.convscope.engine.Tensor;

/**
 * 2-D convolution over any number of input channels: F filters, each a k x k x C kernel plus one
 * bias shared by every position of its output map (weight sharing).
 *
 * <p>Input (C, H, W); output (F, H', W') with {@code H' = (H + 2P - k)/S + 1} (likewise W'),
 * which must be a whole number. Zero padding P adds rows and columns of zeros around the input.
 * Weights are laid out [filter][channel][row][col].
 *
 * <p>Computed as im2col + matrix product: every receptive field is unrolled into a column of a
 * (C*k*k) x (H'*W') matrix, so the whole layer is one product W[F x Ck^2] * cols. The columns are
 * cached for backward, where dL/dW = dL/dOut * cols^T and dL/dcols = W^T * dL/dOut, folded back
 * onto the input (col2im), adding where receptive fields overlap.
 */
public final class Conv2D implements Layer {

    /** @param filters number of kernels F; @param kernel side k; @param stride S; @param padding P */
    public record Spec(int filters, int kernel, int stride, int padding) implements LayerSpec {
        public Spec {
            if (filters < 1 || kernel < 1 || stride < 1 || padding < 0) {
                throw new IllegalArgumentException("conv2d needs filters, kernel and stride >= 1 and padding >= 0, got "
                        + "filters " + filters + ", kernel " + kernel + ", stride " + stride + ", padding " + padding);
            }
        }

        /** A stride-1 convolution. */
        public Spec(int filters, int kernel, int padding) {
            this(filters, kernel, 1, padding);
        }

        @Override
        public String type() {
            return "conv2d";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Conv2D(name, this, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return outputShape("conv2d", input);
        }

        private Shape outputShape(String layerName, Shape input) {
            if (input.vector()) {
                throw new ShapeException(layerName + ": convolution needs feature maps, got a vector of " + input);
            }
            return Shape.of(filters, outputSide(layerName, "height", input.height()),
                    outputSide(layerName, "width", input.width()));
        }

        private int outputSide(String layerName, String side, int w) {
            int padded = w + 2 * padding;
            if (kernel > padded) {
                throw new ShapeException(layerName + ": kernel " + kernel + " is larger than the padded input " + side
                        + " " + w + " + 2x" + padding + " = " + padded);
            }
            if ((padded - kernel) % stride != 0) {
                throw new ShapeException(layerName + ": output " + side + " (" + w + " + 2x" + padding + " - " + kernel
                        + ")/" + stride + " + 1 = " + ((padded - kernel) / (double) stride + 1)
                        + " is not a whole number; change the padding or the stride");
            }
            return (padded - kernel) / stride + 1;
        }

        @Override
        public ParameterCount parameterCount(Shape input) {
            long perFilter = (long) kernel * kernel * input.channels();
            long n = filters * perFilter + filters;
            return new ParameterCount(n, filters + " x (" + kernel + " x " + kernel + " x " + input.channels() + ") + "
                    + filters + " = " + ParameterCount.format(n));
        }
    }

    private final String name;
    private final Spec spec;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Param weights;
    private final Param bias;
    /** Rows of the im2col matrix: one per kernel weight of a filter (C*k*k). */
    private final int fieldSize;
    /** Columns of the im2col matrix: one per output position (H'*W'). */
    private final int positions;
    private final double[] cols;
    private final double[] gradCols;

    private Conv2D(String name, Spec spec, Shape input) {
        this(name, spec, input, null, null);
    }

    private Conv2D(String name, Spec spec, Shape input, Param sharedWeights, Param sharedBias) {
        this.name = name;
        this.spec = spec;
        this.inputShape = input;
        this.outputShape = spec.outputShape(name, input);
        this.fieldSize = input.channels() * spec.kernel() * spec.kernel();
        this.positions = outputShape.mapSize();
        this.weights = sharedWeights != null ? sharedWeights.shareValues()
                : new Param("weights", new int[] {spec.filters(), input.channels(), spec.kernel(), spec.kernel()}, true);
        this.bias = sharedBias != null ? sharedBias.shareValues() : new Param("bias", new int[] {spec.filters()}, false);
        this.cols = new double[fieldSize * positions];
        this.gradCols = new double[fieldSize * positions];
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        im2col(input.data());
        int filters = spec.filters();
        double[] out = new double[filters * positions];
        double[] b = bias.value();
        for (int f = 0; f < filters; f++) {
            Arrays.fill(out, f * positions, (f + 1) * positions, b[f]);
        }
        MatMul.addAB(weights.value(), cols, out, filters, fieldSize, positions);
        return Tensor.wrap(outputShape, out);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        int filters = spec.filters();
        // Each shared weight collects the gradient of every position it was used at.
        MatMul.addABT(g, cols, weights.grad(), filters, positions, fieldSize);
        double[] gb = bias.grad();
        for (int f = 0; f < filters; f++) {
            double s = 0;
            for (int j = 0; j < positions; j++) {
                s += g[f * positions + j];
            }
            gb[f] += s;
        }
        Arrays.fill(gradCols, 0);
        MatMul.addATB(weights.value(), g, gradCols, fieldSize, filters, positions);
        return Tensor.wrap(inputShape, col2im());
    }

    /** Unrolls every receptive field into a column; cells in the zero padding read as 0. */
    private void im2col(double[] in) {
        int k = spec.kernel();
        int stride = spec.stride();
        int pad = spec.padding();
        int h = inputShape.height();
        int w = inputShape.width();
        int outH = outputShape.height();
        int outW = outputShape.width();
        int row = 0;
        for (int c = 0; c < inputShape.channels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, row++) {
                    int base = row * positions;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride + ky - pad;
                        int dst = base + oy * outW;
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(cols, dst, dst + outW, 0);
                            continue;
                        }
                        int src = (c * h + iy) * w;
                        for (int ox = 0; ox < outW; ox++) {
                            int ix = ox * stride + kx - pad;
                            cols[dst + ox] = ix >= 0 && ix < w ? in[src + ix] : 0;
                        }
                    }
                }
            }
        }
    }

    /** Adds each column's gradient back onto the input cells it was read from. */
    private double[] col2im() {
        int k = spec.kernel();
        int stride = spec.stride();
        int pad = spec.padding();
        int h = inputShape.height();
        int w = inputShape.width();
        int outH = outputShape.height();
        int outW = outputShape.width();
        double[] gradIn = new double[inputShape.size()];
        int row = 0;
        for (int c = 0; c < inputShape.channels(); c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, row++) {
                    int base = row * positions;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride + ky - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = base + oy * outW;
                        int dst = (c * h + iy) * w;
                        for (int ox = 0; ox < outW; ox++) {
                            int ix = ox * stride + kx - pad;
                            if (ix >= 0 && ix < w) {
                                gradIn[dst + ix] += gradCols[src + ox];
                            }
                        }
                    }
                }
            }
        }
        return gradIn;
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public long multiplyAdds() {
        return (long) spec.filters() * fieldSize * positions;
    }

    @Override
    public Layer copyForWorker() {
        return new Conv2D(name, spec, inputShape, weights, bias);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
