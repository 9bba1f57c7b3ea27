package org.convscope.ui.stepper;

import java.util.List;
import org.convscope.engine.Tensor;

/**
 * What one "Apply update" did for the student to see: the probability the network gave the
 * target {@code label} in the pass the gradients came from, and in the pass rerun with the
 * updated weights; and every layer's parameters as they were before the update, so a view can
 * show the change new - old (which is -learningRate x dL/dw of that pass).
 *
 * <p>The rerun keeps the pass's dropout mask (in training mode), so the change is the update's alone.
 *
 * @param parametersBefore for each layer (network index), its parameter arrays in the layer's
 *                         {@code params()} order (weights, then bias), flat; empty lists for layers
 *                         without parameters
 */
public record UpdateOutcome(int label, double probabilityBefore, double probabilityAfter, double learningRate,
                            List<List<Tensor>> parametersBefore) {

    public UpdateOutcome {
        parametersBefore = parametersBefore.stream().map(List::copyOf).toList();
    }

    /** How much the update raised (positive) or lowered the target's probability. */
    public double change() {
        return probabilityAfter - probabilityBefore;
    }

    /** Layer {@code layer}'s parameter arrays before the update, in its {@code params()} order. */
    public List<Tensor> parametersBefore(int layer) {
        return parametersBefore.get(layer);
    }
}
