package org.convscope.ui.stepper;

/**
 * What drives Play: calls a tick a given number of times per second until stopped. The app uses
 * {@link TimelinePlayClock}; tests use a clock they tick by hand, so play is deterministic and
 * needs no FX toolkit.
 */
public interface PlayClock {

    /** Starts calling {@code tick} (on the FX thread) {@code stepsPerSecond} times a second. */
    void start(double stepsPerSecond, Runnable tick);

    /** Changes the speed while running; ignored when stopped. */
    void setRate(double stepsPerSecond);

    void stop();
}
