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
 * onto the input (col2im), adding where receptive fields overlap. Each row of the matrices is its
 * own array so that the inner loops vectorise (see {@link MatMul}).
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
            // In long: a model file may give a padding near 2^31, which would wrap around in int.
            long padded = w + 2L * padding;
            if (padded > Integer.MAX_VALUE) {
                throw new ShapeException(layerName + ": padding " + padding + " is far larger than any input");
            }
            if (kernel > padded) {
                throw new ShapeException(layerName + ": kernel " + kernel + " is larger than the padded input " + side
                        + " " + w + " + 2x" + padding + " = " + padded);
            }
            if ((padded - kernel) % stride != 0) {
                throw new ShapeException(layerName + ": output " + side + " (" + w + " + 2x" + padding + " - " + kernel
                        + ")/" + stride + " + 1 = " + ((padded - kernel) / (double) stride + 1)
                        + " is not a whole number; change the padding or the stride");
            }
            return (int) ((padded - kernel) / stride + 1);
        }

        /** Besides output and input gradient: the unrolled input and its gradient, and the output gradient by map. */
        @Override
        public long valuesPerImage(Shape input) {
            Shape out = outputShape(input);
            long positions = (long) out.height() * out.width();
            long fieldSize = (long) input.channels() * kernel * kernel;
            return LayerSpec.super.valuesPerImage(input) + 2 * fieldSize * positions + (long) filters * positions;
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
    private final Im2Col unrolling;
    /** im2col rows: row r holds kernel weight r's input value at every output position. */
    private final double[][] cols;
    private final double[][] gradCols;
    /** Scratch rows: one output map being summed, and the output gradient split into maps. */
    private final double[] outputRow;
    private final double[] outputRow2;
    private final double[][] gradRows;
    private final double[] filterSums;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

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
        this.unrolling = new Im2Col(input, outputShape, spec.kernel(), spec.stride(), spec.padding());
        this.cols = new double[fieldSize][positions];
        this.gradCols = new double[fieldSize][positions];
        this.outputRow = new double[positions];
        this.outputRow2 = new double[positions];
        this.gradRows = new double[spec.filters()][positions];
        this.filterSums = new double[spec.filters()];
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        unrolling.unroll(input.data(), cols);
        int filters = spec.filters();
        double[] w = weights.value();
        double[] b = bias.value();
        reuseBuffers = mode.reusesBuffers();
        double[] out = output.any(filters * positions, reuseBuffers);
        int f = 0;
        for (; f + 1 < filters; f += 2) {
            Arrays.fill(outputRow, b[f]);
            Arrays.fill(outputRow2, b[f + 1]);
            for (int r = 0; r < fieldSize; r++) {
                MatMul.axpy2(w[f * fieldSize + r], w[(f + 1) * fieldSize + r], cols[r], outputRow, outputRow2, positions);
            }
            System.arraycopy(outputRow, 0, out, f * positions, positions);
            System.arraycopy(outputRow2, 0, out, (f + 1) * positions, positions);
        }
        for (; f < filters; f++) {
            Arrays.fill(outputRow, b[f]);
            for (int r = 0; r < fieldSize; r++) {
                MatMul.axpy(w[f * fieldSize + r], cols[r], outputRow, positions);
            }
            System.arraycopy(outputRow, 0, out, f * positions, positions);
        }
        return Tensor.wrap(outputShape, out);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        int filters = spec.filters();
        double[] w = weights.value();
        double[] gw = weights.grad();
        double[] gb = bias.grad();
        for (int f = 0; f < filters; f++) {
            System.arraycopy(g, f * positions, gradRows[f], 0, positions);
            double s = 0;
            for (int j = 0; j < positions; j++) {
                s += g[f * positions + j];
            }
            gb[f] += s;
        }
        // A shared weight collects the gradient of every position it was used at:
        // dL/dw[f][r] = sum over positions j of dL/dout[f][j] * cols[r][j].
        for (int r = 0; r < fieldSize; r++) {
            MatMul.dotRows(g, positions, filters, cols[r], positions, filterSums);
            for (int f = 0; f < filters; f++) {
                gw[f * fieldSize + r] += filterSums[f];
            }
        }
        for (int r = 0; r < fieldSize; r++) {
            double[] gr = gradCols[r];
            Arrays.fill(gr, 0);
            for (int f = 0; f < filters; f++) {
                MatMul.axpy(w[f * fieldSize + r], gradRows[f], gr, positions);
            }
        }
        double[] gradIn = inputGradient.zeroed(inputShape.size(), reuseBuffers);
        unrolling.fold(gradCols, gradIn);
        return Tensor.wrap(inputShape, gradIn);
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
