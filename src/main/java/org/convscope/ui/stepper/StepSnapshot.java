package org.convscope.ui.stepper;

import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;

/**
 * Where the stepped pass is, as one immutable value made on the worker and shown on the FX
 * thread: the position out of {@code totalSteps}, its phase and layer, the engine's trace at that
 * position, and the outcome of the update that led here, if the last action was one.
 *
 * <p>A pass whose numbers stopped being finite (NaN or an infinity) stops at the step that made
 * them: {@code nonFinite} says where, and nothing after it can be computed from them.
 *
 * @param layerIndex the layer a forward or backward step works on, -1 at the start and the loss
 * @param layerName  that layer's name (conv1, dense2 ...), null when {@code layerIndex} is -1
 * @param trace      the pass so far, null when there is nothing to step (no model or nothing drawn)
 * @param update     set only on the snapshot delivered by an update; null otherwise
 * @param nonFinite  the first numbers of the pass that are NaN or infinite, or null when all are finite
 * @param updated    whether the weights have had an update since the model was set or restored, so
 *                   Restore model would give the pass other weights
 */
record StepSnapshot(int position, int totalSteps, Stepper.Phase phase, int layerIndex, String layerName,
                    PassTrace trace, UpdateOutcome update, NonFinite nonFinite, boolean updated) {

    /** Nothing to step: no model, or no digit drawn; {@code totalSteps} still describes the model. */
    static StepSnapshot empty(int totalSteps) {
        return new StepSnapshot(0, totalSteps, Stepper.Phase.START, -1, null, null, null, null, false);
    }

    /** The steps of a pass through {@code network}: L forward, the loss, L backward (0 without a network). */
    static int stepsOf(Network network) {
        return network == null ? 0 : Stepper.totalSteps(network);
    }

    boolean ready() {
        return trace != null;
    }

    /** True when the pass has produced numbers that are not finite: it cannot go on. */
    boolean stopped() {
        return nonFinite != null;
    }

    /** True when a step forward can be computed: a pass that is not complete and not stopped. */
    boolean canStepForward() {
        return ready() && position < totalSteps && !stopped();
    }

    /** True when the backward pass is complete with finite gradients, so an update can use them. */
    boolean canApplyUpdate() {
        return ready() && position == totalSteps && !stopped();
    }

    StepSnapshot withUpdate(UpdateOutcome outcome) {
        return new StepSnapshot(position, totalSteps, phase, layerIndex, layerName, trace, outcome, nonFinite,
                updated);
    }
}
