package org.convscope.engine.layer;

import java.util.Arrays;
import java.util.Optional;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.Layer;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Mode;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.TraceExtra;

/**
 * Inverted dropout. While training, each unit is dropped (set to 0) with probability p and every
 * kept unit is multiplied by 1/(1-p), so the expected output equals the input and inference needs
 * no correction: at inference the layer is the identity. A fresh mask is drawn from the mode's
 * random source on every training pass.
 *
 * <p>Backward passes the gradient only through kept units (scaled by the same 1/(1-p)); dropped
 * units get exactly zero.
 */
public final class Dropout implements Layer {

    /** @param p probability of dropping a unit, in [0, 1) */
    public record Spec(double p) implements LayerSpec {
        public Spec {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
            }
        }

        @Override
        public String type() {
            return "dropout";
        }

        @Override
        public Layer build(String name, Shape input) {
            return new Dropout(name, this, input);
        }

        @Override
        public Shape outputShape(Shape input) {
            return input;
        }
    }

    private final String name;
    private final Spec spec;
    private final Shape shape;
    private boolean[] kept;
    private boolean active;
    private final Scratch output = new Scratch();
    private final Scratch inputGradient = new Scratch();
    private boolean reuseBuffers;

    private Dropout(String name, Spec spec, Shape shape) {
        this.name = name;
        this.spec = spec;
        this.shape = shape;
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        double[] x = input.data();
        // Always reused: the trace's DropoutMask takes a copy.
        if (kept == null) {
            kept = new boolean[x.length];
        }
        active = mode.isTraining();
        reuseBuffers = mode.reusesBuffers();
        if (!active) {
            Arrays.fill(kept, true);
            return input;
        }
        double scale = 1.0 / (1.0 - spec.p());
        double[] y = output.any(x.length, reuseBuffers);
        for (int i = 0; i < x.length; i++) {
            kept[i] = mode.rng().nextDouble() >= spec.p();
            y[i] = kept[i] ? x[i] * scale : 0;
        }
        return Tensor.wrap(shape, y);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (!active) {
            return gradOutput;
        }
        double scale = 1.0 / (1.0 - spec.p());
        double[] g = gradOutput.data();
        double[] gradIn = inputGradient.any(g.length, reuseBuffers);
        for (int i = 0; i < g.length; i++) {
            gradIn[i] = kept[i] ? g[i] * scale : 0;
        }
        return Tensor.wrap(shape, gradIn);
    }

    @Override
    public Optional<TraceExtra> traceExtra() {
        return kept == null ? Optional.empty() : Optional.of(new DropoutMask(spec.p(), active, kept));
    }

    @Override
    public Layer copyForWorker() {
        return new Dropout(name, spec, shape);
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
        return shape;
    }

    @Override
    public Shape outputShape() {
        return shape;
    }
}
