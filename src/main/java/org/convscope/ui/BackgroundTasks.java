package org.convscope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its result back to it.
 *
 * <p>Both sides are injected executors: the app uses one worker thread (so tasks run in the order
 * they were asked for) and {@code Platform::runLater}; tests use {@link #sameThread()}, which runs
 * everything at once on the caller's thread, so a view model can be tested without a toolkit and
 * without waiting.
 *
 * <p>The result should be an immutable snapshot: once handed over, the worker no longer touches it.
 */
public final class BackgroundTasks {
    private final Executor worker;
    private final Executor fxThread;

    /**
     * @param worker   runs the work (never the FX thread in the app)
     * @param fxThread delivers results and failures ({@code Platform::runLater} in the app)
     */
    public BackgroundTasks(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Runs every task and its callbacks at once on the calling thread. For tests. */
    public static BackgroundTasks sameThread() {
        Executor direct = Runnable::run;
        return new BackgroundTasks(direct, direct);
    }

    /**
     * Runs {@code work} on the worker, then {@code onSuccess} with its result, or {@code onFailure}
     * with the exception it threw, on the FX thread. Errors (out of memory ...) are not caught.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fxThread.execute(() -> onFailure.accept(e));
                return;
            }
            fxThread.execute(() -> onSuccess.accept(result));
        });
    }
}
