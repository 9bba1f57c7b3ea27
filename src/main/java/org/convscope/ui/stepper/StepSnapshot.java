package org.convscope.ui.stepper;

import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;

/**
 * Where the stepped pass is, as one immutable value made on the worker and shown on the FX
 * thread: the position out of {@code totalSteps}, its phase and layer, the engine's trace at that
 * position, and the outcome of the update that led here, if the last action was one.
 *
 * @param layerIndex the layer a forward or backward step works on, -1 at the start and the loss
 * @param layerName  that layer's name (conv1, dense2 ...), null when {@code layerIndex} is -1
 * @param trace      the pass so far, null when there is nothing to step (no model or nothing drawn)
 * @param update     set only on the snapshot delivered by an update; null otherwise
 */
record StepSnapshot(int position, int totalSteps, Stepper.Phase phase, int layerIndex, String layerName,
                    PassTrace trace, UpdateOutcome update) {

    /** Nothing to step: no model, or no digit drawn; {@code totalSteps} still describes the model. */
    static StepSnapshot empty(int totalSteps) {
        return new StepSnapshot(0, totalSteps, Stepper.Phase.START, -1, null, null, null);
    }

    /** The steps of a pass through {@code network}: L forward, the loss, L backward (0 without a network). */
    static int stepsOf(Network network) {
        return network == null ? 0 : Stepper.totalSteps(network);
    }

    boolean ready() {
        return trace != null;
    }

    StepSnapshot withUpdate(UpdateOutcome outcome) {
        return new StepSnapshot(position, totalSteps, phase, layerIndex, layerName, trace, outcome);
    }
}
