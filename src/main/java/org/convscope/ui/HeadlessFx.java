package org.convscope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * JavaFX without a screen, for commands that render the app's views (the {@code screenshots}
 * command): Monocle's headless platform with software rendering, the same setup the UI tests use.
 */
final class HeadlessFx {
    /** Longer than any single step of building or picturing the window takes, even on a slow machine. */
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessFx() {
    }

    /**
     * Starts the toolkit on Monocle's headless screen, unless it is running already (a test JVM
     * where TestFX started it): then the running one is used as it is.
     *
     * @return true if this call started the toolkit, so the caller must {@link Platform#exit} it
     */
    static boolean start() {
        // Always headless, even when a display is there: the pictures must not depend on the
        // screen, window manager or GPU of whoever runs the command. A toolkit already running
        // has read these, so setting them then changes nothing.
        System.setProperty("glass.platform", "Monocle"); // NOI18N: system properties
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // The virtual screen must hold the largest window pictured.
        System.setProperty("headless.geometry", "1920x1200-32");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        // The caller ends the toolkit itself when it is done; closing its window must not end it
        // before the last picture is written.
        Platform.setImplicitExit(false);
        return true;
    }

    /**
     * Runs {@code work} on the FX thread and waits for its result; at once when already there.
     * Its exception is rethrown as it is when it is an {@link Exception}.
     */
    static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
