package org.convscope.ui.stepper;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.convscope.ui.BackgroundTasks;

/**
 * The stepper's requests to its {@link StepperSession}, run on the worker of
 * {@link BackgroundTasks} in the order asked. Each request is stamped with the current
 * generation; a new digit, model, target or mode starts a new generation, and an answer stamped
 * with an older one is dropped, so a late step of the old digit never replaces the new pass.
 *
 * <p>Used on the FX thread only; the session is touched only inside the requests.
 */
final class SessionRequests {
    private static final System.Logger LOG = System.getLogger(SessionRequests.class.getName());

    private final BackgroundTasks tasks;
    private final StepperSession session;
    private final Consumer<StepSnapshot> show;
    private final Supplier<StepSnapshot> afterFailure;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;
    private int pending;

    /**
     * @param show         shows an answer of the current generation
     * @param afterFailure what to show when a request of the current generation failed
     */
    SessionRequests(BackgroundTasks tasks, StepperSession session, Consumer<StepSnapshot> show,
                    Supplier<StepSnapshot> afterFailure) {
        this.tasks = tasks;
        this.session = session;
        this.show = show;
        this.afterFailure = afterFailure;
    }

    /** From now on, answers to requests made before are stale. */
    void newGeneration() {
        generation++;
    }

    /** Asks the session for {@code work}; {@code onAnyAnswer} runs on success even when the answer is stale. */
    void submit(Function<StepperSession, StepSnapshot> work, Runnable onAnyAnswer) {
        long requestedIn = generation;
        changePending(+1);
        tasks.run(() -> work.apply(session), snapshot -> {
            changePending(-1);
            onAnyAnswer.run();
            if (requestedIn == generation) {
                show.accept(snapshot);
            }
        }, error -> {
            changePending(-1);
            // Only a broken engine or an impossible setting (a label the model lacks) gets here.
            LOG.log(System.Logger.Level.WARNING, "Stepper request failed", error);
            if (requestedIn == generation) {
                show.accept(afterFailure.get());
            }
        });
    }

    void submit(Function<StepperSession, StepSnapshot> work) {
        submit(work, () -> { });
    }

    /** True while requests are on their way; false once every answer (stale or not) is back. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean idle() {
        return pending == 0;
    }

    private void changePending(int change) {
        pending += change;
        busy.set(pending > 0);
    }
}
