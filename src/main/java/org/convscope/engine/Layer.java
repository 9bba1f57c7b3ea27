package org.convscope.engine;

import java.util.List;
import java.util.Optional;

/**
 * The contract every layer keeps. A layer sees only the tensor it is given and the gradient that
 * comes back to it; it never looks at its neighbours.
 *
 * <p>{@link #forward} remembers what {@link #backward} needs (its input, a max-pool's routes, a
 * dropout mask). {@link #backward} returns dL/dInput and <em>adds</em> the parameter gradients
 * into {@link #params()}, so one instance must not run two passes at once: parallel training
 * uses {@link #copyForWorker()}.
 */
public interface Layer {

    /** Unique name within its network, such as "conv1". */
    String name();

    /** The layer type as written in model files, such as "conv2d". */
    default String type() {
        return spec().type();
    }

    /** The description this layer was built from. */
    LayerSpec spec();

    Shape inputShape();

    Shape outputShape();

    /** Computes the output for {@code input}; in training mode dropout draws from the mode's rng. */
    Tensor forward(Tensor input, Mode mode);

    /** Given dL/dOutput of the last forward pass, adds parameter gradients and returns dL/dInput. */
    Tensor backward(Tensor gradOutput);

    /** Trainable parameters, weights before biases. Empty for layers without any. */
    default List<Param> params() {
        return List.of();
    }

    /** The parameter count and the formula behind it. */
    default ParameterCount parameterCount() {
        return spec().parameterCount(inputShape());
    }

    /** Multiply-adds of one forward pass, for the benchmark's GFLOP/s. */
    default long multiplyAdds() {
        return 0;
    }

    /** What the last forward pass decided that the views draw (max-pool routes, dropout mask). */
    default Optional<TraceExtra> traceExtra() {
        return Optional.empty();
    }

    /** A layer of the same kind sharing this one's parameter values, with its own gradients and caches. */
    Layer copyForWorker();
}
