package org.convscope.ui.stepper;

/**
 * What one "Apply update" did for the student to see: the probability the network gave the
 * target {@code label} in the pass the gradients came from, and in the pass rerun with the
 * updated weights.
 *
 * <p>The rerun keeps the pass's dropout mask (in training mode), so the change is the update's alone.
 */
public record UpdateOutcome(int label, double probabilityBefore, double probabilityAfter, double learningRate) {

    /** How much the update raised (positive) or lowered the target's probability. */
    public double change() {
        return probabilityAfter - probabilityBefore;
    }
}
