package org.convscope.ui.stepper;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * A {@link PlayClock} on a {@link Timeline}: one key frame a second, played at a rate equal to the
 * speed, so the speed slider changes the pace at once without rebuilding the timeline. Ticks
 * arrive on the FX thread and never block it (no {@code Thread.sleep}).
 */
public final class TimelinePlayClock implements PlayClock {
    private Timeline timeline;

    @Override
    public void start(double stepsPerSecond, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.setRate(stepsPerSecond);
        timeline.play();
    }

    @Override
    public void setRate(double stepsPerSecond) {
        if (timeline != null) {
            timeline.setRate(stepsPerSecond);
        }
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
