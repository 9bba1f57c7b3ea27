package org.convscope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.convscope.io.Limits;

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
     * with the exception it threw, on the FX thread. Running out of memory is reported as a
     * failure too: the limits keep every file ConvScope opens small enough, but a school PC may
     * give Java less than they assume, and a task that simply vanished would leave the user
     * waiting with no word. Other errors (a bug) are not caught.
     */
    /** A task ran out of memory; the message says how much Java may use. */
    public static final class OutOfMemory extends Exception {
        private static final long serialVersionUID = 1L;

        OutOfMemory(long maxBytes) {
            super("there is not enough memory for it: Java may use " + Limits.bytes(maxBytes)
                    + " here (start it with -Xmx2g to give it more)");
        }
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fxThread.execute(() -> onFailure.accept(e));
                return;
            } catch (OutOfMemoryError e) {
                // What the task allocated is garbage now, so there is room again to say so.
                Exception report = new OutOfMemory(Runtime.getRuntime().maxMemory());
                fxThread.execute(() -> onFailure.accept(report));
                return;
            }
            fxThread.execute(() -> onSuccess.accept(result));
        });
    }
}
