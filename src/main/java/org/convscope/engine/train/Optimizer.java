package org.convscope.engine.train;

import java.util.List;
import org.convscope.engine.Param;

/**
 * Turns gradients into weight changes. Implementations, in order of increasing complexity:
 * {@link Sgd} (optionally with momentum) and {@link Adam}. An optimizer keeps per-parameter state
 * (velocities, moments), so one instance belongs to one network.
 */
public interface Optimizer {

    /** Updates every parameter's values from its current gradient. */
    void step(List<Param> params);

    /** The step size. */
    double learningRate();

    /** Changes the step size from the next step on (a schedule lowers it as training settles). */
    void setLearningRate(double learningRate);
}
