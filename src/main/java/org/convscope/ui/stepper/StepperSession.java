package org.convscope.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.Layer;
import org.convscope.engine.LossTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;

/**
 * The worker side of the stepper view model: owns the engine's {@link Stepper}, the weights the
 * model had when it was set, and the random source of training-mode dropout.
 *
 * <p>A pass stops at the step whose numbers are no longer finite (NaN or an infinity: the weights
 * are too large for this input): every later step would be computed from them, so stepping on,
 * rerunning to an earlier position and updating all stop there.
 *
 * <p>Not thread-safe, and it need not be: every call comes from the one worker thread of
 * {@link org.convscope.ui.BackgroundTasks}, in the order the user asked. Each call answers with
 * an immutable {@link StepSnapshot}; nothing here touches JavaFX.
 */
final class StepperSession {
    // One generator for every training pass, so each new pass draws a new dropout mask while a
    // seeded test still sees the same sequence of masks.
    private final Rng rng;
    /** Seed of the current pass's dropout masks: a rerun with the same seed draws the same mask. */
    private long passSeed;
    private Network network;
    private List<double[]> weightsAtLoad = List.of();
    private Stepper stepper;
    private Tensor input;
    private int label = Stepper.PREDICTED;
    private boolean training;
    /** Whether the weights have had an update since they were set or restored. */
    private boolean updated;

    StepperSession(long seed) {
        this.rng = new Rng(seed);
    }

    /** A new model: remembers its weights for {@link #restore()} and starts a pass at position 0. */
    StepSnapshot load(Network newNetwork, Tensor newInput, int newLabel, boolean newTraining) {
        network = newNetwork;
        weightsAtLoad = newNetwork == null ? List.of() : newNetwork.copyWeights();
        updated = false;
        return restart(newInput, newLabel, newTraining, false);
    }

    /**
     * A new pass with these settings, at position 0 or, with {@code keepPosition}, rerun to the
     * position the old pass had reached.
     */
    StepSnapshot restart(Tensor newInput, int newLabel, boolean newTraining, boolean keepPosition) {
        passSeed = rng.nextLong();
        return rerun(newInput, newLabel, newTraining, keepPosition);
    }

    /** Like {@link #restart} but with the current pass's dropout masks. */
    private StepSnapshot rerun(Tensor newInput, int newLabel, boolean newTraining, boolean keepPosition) {
        int position = keepPosition && stepper != null ? stepper.position() : 0;
        input = newInput;
        label = newLabel;
        training = newTraining;
        stepper = null;
        if (network == null || input == null) {
            return snapshot();
        }
        stepper = new Stepper(network, input, label, training ? Mode.training(new Rng(passSeed)) : Mode.INFERENCE);
        return advanceTo(position);
    }

    StepSnapshot next() {
        if (stepper != null && stepper.canStepForward() && !stopped()) {
            stepper.next();
        }
        return snapshot();
    }

    StepSnapshot previous() {
        if (stepper != null && stepper.canStepBack()) {
            stepper.previous();
        }
        return snapshot();
    }

    StepSnapshot reset() {
        if (stepper != null) {
            stepper.reset();
        }
        return snapshot();
    }

    /**
     * One SGD step on the shared weights with this pass's gradients, then a new pass rerun to the
     * loss step, where the student sees the target's new probability; stepping on from there shows
     * the (smaller) gradients of the updated model. Does nothing unless the backward pass is complete
     * and its gradients are finite. If the updated weights are too large for this digit, the rerun
     * stops where the numbers stop being finite, and the probability after is NaN.
     */
    StepSnapshot applyUpdate(double learningRate) {
        if (stepper == null || stepper.canStepForward() || stopped()) {
            return snapshot();
        }
        LossTrace before = stepper.current().loss();
        List<List<Tensor>> parametersBefore = parameterValues();
        stepper.applyUpdate(learningRate);
        updated = true;
        // Same dropout mask, so the change in probability is the update's alone.
        rerun(input, label, training, false);
        StepSnapshot after = advanceTo(lossPosition());
        double probabilityAfter = after.trace().hasLoss()
                ? after.trace().loss().probabilities().get(before.label()) : Double.NaN;
        return after.withUpdate(new UpdateOutcome(before.label(),
                before.probabilities().get(before.label()), probabilityAfter, learningRate, parametersBefore));
    }

    /** A copy of every layer's parameter values, layer by layer, as immutable tensors. */
    private List<List<Tensor>> parameterValues() {
        List<List<Tensor>> byLayer = new ArrayList<>();
        for (Layer layer : network.layers()) {
            byLayer.add(layer.params().stream()
                    .map(p -> Tensor.of(Shape.vector(p.size()), p.value()))
                    .toList());
        }
        return byLayer;
    }

    /** Copies back the weights the model had when it was set, and reruns the pass to where it was. */
    StepSnapshot restore() {
        if (network == null) {
            return snapshot();
        }
        network.restoreWeights(weightsAtLoad);
        updated = false;
        return rerun(input, label, training, true);
    }

    private StepSnapshot advanceTo(int position) {
        while (stepper.position() < position && stepper.canStepForward() && !stopped()) {
            stepper.next();
        }
        return snapshot();
    }

    /**
     * Whether the pass so far holds numbers that are not finite. Only the step just taken can
     * have made them (the pass stops at the first), so looking at the whole trace finds that step.
     */
    private boolean stopped() {
        return nonFinite() != null;
    }

    private NonFinite nonFinite() {
        return NonFinite.in(stepper.current()).orElse(null);
    }

    private int lossPosition() {
        return network.layers().size() + 1;
    }

    private StepSnapshot snapshot() {
        if (stepper == null) {
            return StepSnapshot.empty(StepSnapshot.stepsOf(network));
        }
        int position = stepper.position();
        int layer = stepper.layerAt(position);
        String name = layer < 0 ? null : network.layers().get(layer).name();
        return new StepSnapshot(position, stepper.totalSteps(), stepper.phaseAt(position), layer, name,
                stepper.current(), null, nonFinite(), updated);
    }
}
