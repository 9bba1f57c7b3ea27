package org.convscope.engine.layer;

import java.util.List;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Param;
import org.convscope.engine.ParameterCount;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;

/**
 * Fully connected layer: every output unit sees every input value.
 * {@code out[o] = sum_i W[o][i] * in[i] + b[o]}, weights laid out [out][in].
 *
 * <p>Input: any shape, read as a vector of its n values; output: a vector of {@code units}.
 * Caches its input for backward: dL/dW[o][i] = dL/dout[o] * in[i], dL/din[i] = sum_o W[o][i] dL/dout[o].
 */
public final class Dense implements Layer {

    public record Spec(int units) implements LayerSpec {
        public Spec {
            if (units < 1) {
                throw new IllegalArgumentException("dense needs at least one unit, got " + units);
            }
        }

        @Override
        public String type() {
            return "dense";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Dense(name, this, input, null, null);
        }

        @Override
        public Shape outputShape(Shape input) {
            return Shape.vector(units);
        }

        @Override
        public ParameterCount parameterCount(Shape input) {
            long n = (long) units * input.size() + units;
            return new ParameterCount(n, units + " x " + input.size() + " + " + units + " = " + ParameterCount.format(n));
        }
    }

    private final String name;
    private final Spec spec;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Param weights;
    private final Param bias;
    private final double[] rowScratch;
    private Tensor lastInput;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

    private Dense(String name, Spec spec, Shape input, Param sharedWeights, Param sharedBias) {
        this.name = name;
        this.spec = spec;
        this.inputShape = input;
        this.outputShape = Shape.vector(spec.units());
        this.weights = sharedWeights != null ? sharedWeights.shareValues()
                : new Param("weights", new int[] {spec.units(), input.size()}, true);
        this.bias = sharedBias != null ? sharedBias.shareValues() : new Param("bias", new int[] {spec.units()}, false);
        this.rowScratch = new double[input.size()];
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        lastInput = input;
        double[] x = input.data();
        double[] w = weights.value();
        double[] b = bias.value();
        int n = x.length;
        reuseBuffers = mode.reusesBuffers();
        double[] out = output.any(spec.units(), reuseBuffers);
        MatMul.dotRows(w, n, out.length, x, n, out);
        for (int o = 0; o < out.length; o++) {
            out[o] += b[o];
        }
        return Tensor.wrap(outputShape, out);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        double[] g = gradOutput.data();
        double[] x = lastInput.data();
        double[] w = weights.value();
        double[] gw = weights.grad();
        double[] gb = bias.grad();
        int n = x.length;
        double[] gradIn = inputGradient.zeroed(n, reuseBuffers);
        // Rows are copied out to scratch arrays indexed from 0 so the loops vectorise (see MatMul).
        for (int o = 0; o < g.length; o++) {
            double go = g[o];
            gb[o] += go;
            System.arraycopy(gw, o * n, rowScratch, 0, n);
            MatMul.axpy(go, x, rowScratch, n);
            System.arraycopy(rowScratch, 0, gw, o * n, n);
            System.arraycopy(w, o * n, rowScratch, 0, n);
            MatMul.axpy(go, rowScratch, gradIn, n);
        }
        return Tensor.wrap(inputShape, gradIn);
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public long multiplyAdds() {
        return (long) spec.units() * inputShape.size();
    }

    @Override
    public Layer copyForWorker() {
        return new Dense(name, spec, inputShape, weights, bias);
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
