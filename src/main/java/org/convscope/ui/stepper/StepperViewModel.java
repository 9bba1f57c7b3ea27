package org.convscope.ui.stepper;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.ui.BackgroundTasks;
import org.convscope.ui.Messages;

/**
 * Presentation model of the stepper: one example's pass through the network, forward layer by
 * layer, then the loss, then backward, then an optional SGD update. The toolbar binds its buttons
 * to {@link #canStepForwardProperty()} and friends, the status line to {@link #statusTextProperty()},
 * and the network strip redraws from {@link #traceProperty()} when {@link #revisionProperty()} moves.
 *
 * <p><b>Inputs</b> are writable properties: the {@linkplain #networkProperty() network}, the
 * {@linkplain #inputProperty() input} (1x28x28 from the draw pad; null when nothing is drawn), the
 * {@linkplain #targetLabelProperty() target label} ({@link Stepper#PREDICTED} or a class),
 * {@linkplain #trainingProperty() training mode}, the {@linkplain #learningRateProperty() learning
 * rate} and the Play {@linkplain #speedProperty() speed} in steps per second.
 *
 * <p><b>Numbers that are not finite.</b> When a step produces NaN or an infinity (weights too large
 * for this digit, often after an update with a large learning rate), the pass stops at that
 * step: {@link #nonFiniteProperty()} says where, the status line says what to do, stepping on,
 * Play and Apply update are impossible, and {@link #restoreModel()} (if there were updates)
 * brings back the weights that worked.
 *
 * <p><b>Threading.</b> Use it on the FX thread. The engine work runs on the worker of the injected
 * {@link BackgroundTasks}, which must run tasks one at a time in order (the app's single worker
 * thread); each answer is an immutable snapshot. A change of network, input, target or mode starts
 * a new generation of requests, and an answer to an older generation is dropped, so a slow step
 * never overwrites the pass of a newer digit.
 *
 * <p><b>Notifications.</b> When an answer arrives every read-only property is updated, and
 * {@link #revisionProperty()} changes last, once, when all of them agree: views that draw several
 * of them listen to the revision only.
 */
public final class StepperViewModel {
    public static final long DEFAULT_SEED = 20260411L;
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_SPEED = 2;
    // A Timeline's rate must be positive, and faster than 20 steps a second nobody can follow.
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 20;

    private final PlayClock clock;
    private final SessionRequests requests;

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<Tensor> input = new SimpleObjectProperty<>(this, "input");
    private final IntegerProperty targetLabel = new SimpleIntegerProperty(this, "targetLabel", Stepper.PREDICTED);
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", DEFAULT_LEARNING_RATE);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);

    private final ReadOnlyObjectWrapper<StepSnapshot> step =
            new ReadOnlyObjectWrapper<>(this, "step", StepSnapshot.empty(0));
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper totalSteps = new ReadOnlyIntegerWrapper(this, "totalSteps");
    private final ReadOnlyObjectWrapper<Stepper.Phase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", Stepper.Phase.START);
    private final ReadOnlyIntegerWrapper layerIndex = new ReadOnlyIntegerWrapper(this, "layerIndex", -1);
    private final ReadOnlyObjectWrapper<PassTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<UpdateOutcome> lastUpdate = new ReadOnlyObjectWrapper<>(this, "lastUpdate");
    private final ReadOnlyObjectWrapper<NonFinite> nonFinite = new ReadOnlyObjectWrapper<>(this, "nonFinite");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper weightsRevision = new ReadOnlyLongWrapper(this, "weightsRevision");
    private final ReadOnlyIntegerWrapper updatesApplied = new ReadOnlyIntegerWrapper(this, "updatesApplied");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final BooleanBinding canStepForward;
    private final BooleanBinding canStepBack;
    private final BooleanBinding canApplyUpdate;
    private final BooleanBinding canRestoreModel;

    /** The app's stepper: Play runs on a {@link TimelinePlayClock}. */
    public StepperViewModel(BackgroundTasks tasks) {
        this(tasks, new TimelinePlayClock(), DEFAULT_SEED);
    }

    /**
     * @param clock drives Play (tests tick one by hand)
     * @param seed  seeds the dropout masks of training-mode passes
     */
    public StepperViewModel(BackgroundTasks tasks, PlayClock clock, long seed) {
        Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = new SessionRequests(tasks, new StepperSession(seed), this::show,
                () -> StepSnapshot.empty(StepSnapshot.stepsOf(network.get())));
        canStepForward = Bindings.createBooleanBinding(() -> step.get().canStepForward(), step);
        canStepBack = Bindings.createBooleanBinding(() -> step.get().ready() && step.get().position() > 0, step);
        canApplyUpdate = Bindings.createBooleanBinding(() -> step.get().canApplyUpdate(), step);
        // Not the last update: a new digit clears it, but the updated weights are still there to undo.
        canRestoreModel = updatesApplied.greaterThan(0);
        statusText.bind(Messages.binding(() -> StepperStatus.of(step.get()), step));

        network.addListener((o, old, model) -> {
            stopPlaying();
            updatesApplied.set(0);
            newPass(s -> s.load(model, input.get(), targetLabel.get(), training.get()));
        });
        // A new digit is a new example: its pass starts at the beginning, and the strip empties so
        // the class watches it fill layer by layer. It is also what drawing needs: every stroke
        // changes the input, and rerunning up to the backward pass on each would waste the worker.
        input.addListener((o, old, digit) -> {
            stopPlaying();
            newPass(s -> s.restart(digit, targetLabel.get(), training.get(), false));
        });
        // A new target or mode is the same example seen differently: a teacher explaining conv2
        // who switches dropout on, or says "this is a 4", expects to stay at conv2 and see what
        // changed, so the new pass is rerun to the position the old one had reached.
        targetLabel.addListener((o, old, label) ->
                newPass(s -> s.restart(input.get(), label.intValue(), training.get(), true)));
        training.addListener((o, old, on) ->
                newPass(s -> s.restart(input.get(), targetLabel.get(), on, true)));
        speed.addListener((o, old, value) -> clock.setRate(clampedSpeed()));
    }

    // ---- actions ----

    /** One step forward (a layer, the loss, or a layer backward). */
    public void next() {
        if (canStepForward.get()) {
            requests.submit(StepperSession::next);
        }
    }

    /** One step back to the state shown before; stops Play, since the user has taken over. */
    public void previous() {
        stopPlaying();
        if (canStepBack.get()) {
            requests.submit(StepperSession::previous);
        }
    }

    /** Back to the start of the same pass (stepping again replays the same states). Stops Play. */
    public void reset() {
        stopPlaying();
        if (step.get().ready()) {
            requests.submit(StepperSession::reset);
        }
    }

    /**
     * One SGD step on this digit with the {@linkplain #learningRateProperty() learning rate}; the
     * forward pass then reruns to the loss, and {@link #lastUpdateProperty()} tells the target's
     * probability before and after. Only once the backward pass is complete.
     */
    public void applyUpdate() {
        if (canApplyUpdate.get()) {
            double rate = learningRate.get();
            // Counted when asked for: a save queued after it on the worker writes the updated weights.
            updatesApplied.set(updatesApplied.get() + 1);
            requests.submit(s -> s.applyUpdate(rate), this::weightsChanged);
        }
    }

    /** Undoes every update since the model was set, bit for bit, and reruns the pass to where it was. */
    public void restoreModel() {
        stopPlaying();
        lastUpdate.set(null);
        updatesApplied.set(0);
        requests.submit(StepperSession::restore, this::weightsChanged);
    }

    /**
     * Starts or stops Play, which steps forward at the {@linkplain #speedProperty() speed} and stops
     * by itself at the end of the pass. Play at the end starts the pass again from the beginning.
     */
    public void togglePlay() {
        if (playing.get()) {
            stopPlaying();
            return;
        }
        if (!step.get().ready()) {
            return;
        }
        if (!canStepForward.get()) {
            requests.submit(StepperSession::reset);
        }
        playing.set(true);
        clock.start(clampedSpeed(), this::playTick);
    }

    private void playTick() {
        if (!requests.idle()) {
            return; // the engine is slower than the clock: skip a beat rather than queue up steps
        }
        if (canStepForward.get()) {
            next();
        } else {
            stopPlaying();
        }
    }

    private void stopPlaying() {
        if (playing.get()) {
            clock.stop();
            playing.set(false);
        }
    }

    private double clampedSpeed() {
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
    }

    // ---- talking to the worker ----

    private void newPass(Function<StepperSession, StepSnapshot> start) {
        requests.newGeneration();
        lastUpdate.set(null);
        requests.submit(start);
    }

    // Even when the answer is stale: the weights did change.
    private void weightsChanged() {
        weightsRevision.set(weightsRevision.get() + 1);
    }

    private void show(StepSnapshot snapshot) {
        step.set(snapshot); // first: the bindings and the status text derive from it
        position.set(snapshot.position());
        totalSteps.set(snapshot.totalSteps());
        phase.set(snapshot.phase());
        layerIndex.set(snapshot.layerIndex());
        trace.set(snapshot.trace());
        nonFinite.set(snapshot.nonFinite());
        if (snapshot.update() != null) {
            lastUpdate.set(snapshot.update());
        }
        revision.set(revision.get() + 1); // last, once, when everything above agrees
        // Only when no answer is still to come: Play pressed at the end has a Reset on its way.
        if (playing.get() && requests.idle() && !canStepForward.get()) {
            stopPlaying();
        }
    }

    // ---- inputs ----

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    /** Sets the model to step through; a new model starts a new pass and is what Restore returns to. */
    public void setNetwork(Network value) {
        network.set(value);
    }

    /**
     * The preprocessed digit (1x28x28), or null when nothing is drawn. A tensor equal to the
     * current one (a stroke that changed no pixel) is the same example and keeps the pass.
     */
    public ObjectProperty<Tensor> inputProperty() {
        return input;
    }

    public void setInput(Tensor value) {
        input.set(value);
    }

    /** The class the loss is computed for: {@link Stepper#PREDICTED} (the default) or 0..classes-1. */
    public IntegerProperty targetLabelProperty() {
        return targetLabel;
    }

    public void setTargetLabel(int value) {
        targetLabel.set(value);
    }

    /** Training mode: dropout active, with a new mask on each new pass. */
    public BooleanProperty trainingProperty() {
        return training;
    }

    public void setTraining(boolean value) {
        training.set(value);
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** Play speed in steps per second, kept between 0.25 and 20 when used. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    // ---- state ----

    /** 0 at the start, up to {@link #totalStepsProperty()} once the backward pass is complete. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int getPosition() {
        return position.get();
    }

    /** 2L+1 for a network of L layers (0 without a network). */
    public ReadOnlyIntegerProperty totalStepsProperty() {
        return totalSteps.getReadOnlyProperty();
    }

    public int getTotalSteps() {
        return totalSteps.get();
    }

    public ReadOnlyObjectProperty<Stepper.Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Stepper.Phase getPhase() {
        return phase.get();
    }

    /** The layer the current step worked on, -1 at the start and at the loss. */
    public ReadOnlyIntegerProperty layerIndexProperty() {
        return layerIndex.getReadOnlyProperty();
    }

    public int getLayerIndex() {
        return layerIndex.get();
    }

    /** The engine's immutable snapshot of the pass so far; null when there is nothing to step. */
    public ReadOnlyObjectProperty<PassTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public PassTrace getTrace() {
        return trace.get();
    }

    /** The last update's effect on the target's probability; null once a new pass starts or after Restore. */
    public ReadOnlyObjectProperty<UpdateOutcome> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    public UpdateOutcome getLastUpdate() {
        return lastUpdate.get();
    }

    /**
     * Where the pass produced its first numbers that are not finite (NaN or an infinity), at
     * which it stopped; null while every number is finite.
     */
    public ReadOnlyObjectProperty<NonFinite> nonFiniteProperty() {
        return nonFinite.getReadOnlyProperty();
    }

    public NonFinite getNonFinite() {
        return nonFinite.get();
    }

    /** Where the pass is, in the current language; follows a language switch. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String getStatusText() {
        return statusText.get();
    }

    /** Changes once per delivered state, after every other property: redraw on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Changes after Apply update or Restore has changed the model's weights in place, so views
     * showing the model elsewhere (live classification, kernels) know to recompute.
     */
    public ReadOnlyLongProperty weightsRevisionProperty() {
        return weightsRevision.getReadOnlyProperty();
    }

    /**
     * How many updates the weights have had since the model was set or last restored: a model saved
     * with updates is no longer the one its file's recorded accuracy was measured on.
     */
    public ReadOnlyIntegerProperty updatesAppliedProperty() {
        return updatesApplied.getReadOnlyProperty();
    }

    public int getUpdatesApplied() {
        return updatesApplied.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** True while the worker has requests of this stepper to answer. */
    public ReadOnlyBooleanProperty busyProperty() {
        return requests.busyProperty();
    }

    public BooleanBinding canStepForwardProperty() {
        return canStepForward;
    }

    public BooleanBinding canStepBackProperty() {
        return canStepBack;
    }

    /** True once the backward pass is complete (the last position) with gradients that are all finite. */
    public BooleanBinding canApplyUpdateProperty() {
        return canApplyUpdate;
    }

    /** True while the weights have updates to undo: after Apply update, until Restore or another model. */
    public BooleanBinding canRestoreModelProperty() {
        return canRestoreModel;
    }
}
