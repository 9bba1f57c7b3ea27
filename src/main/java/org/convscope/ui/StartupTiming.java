package org.convscope.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the app takes to be usable, for developers checking the 3-second goal: run
 * with {@code -Dconvscope.startupTiming=true} and it prints, counted from the JVM's start, when the
 * window's first frame was drawn and when the model was ready. Silent otherwise.
 */
final class StartupTiming {
    static final String PROPERTY = "convscope.startupTiming"; // NOI18N: a developer's switch

    private final Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final boolean enabled = Boolean.getBoolean(PROPERTY);

    /** Call right after the window is shown: prints at its first rendered frame. */
    void windowShown() {
        if (!enabled) {
            return;
        }
        // The first pulse after show() is when the scene is first rendered: the window is usable.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                report("first frame");
            }
        }.start();
    }

    /** Call when the startup model has been loaded and shown. */
    void modelReady() {
        if (enabled) {
            report("model ready");
        }
    }

    private void report(String what) {
        System.err.println("startup: " + what + " after " + Duration.between(jvmStart, Instant.now()).toMillis()
                + " ms"); // NOI18N: developer output
    }
}
