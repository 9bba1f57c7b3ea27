package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real clock, on the headless toolkit: it ticks on the FX thread and stops when told. */
class TimelinePlayClockTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void ticksOnTheFxThreadUntilStopped() throws Exception {
        TimelinePlayClock clock = new TimelinePlayClock();
        AtomicInteger ticks = new AtomicInteger();
        AtomicBoolean offFxThread = new AtomicBoolean();
        CountDownLatch three = new CountDownLatch(3);
        Platform.runLater(() -> clock.start(40, () -> {
            offFxThread.compareAndSet(false, !Platform.isFxApplicationThread());
            ticks.incrementAndGet();
            three.countDown();
        }));
        assertTrue(three.await(10, TimeUnit.SECONDS), "40 steps a second: three ticks come quickly");
        WaitForAsyncUtils.asyncFx(clock::stop).get(5, TimeUnit.SECONDS);
        int atStop = ticks.get();
        Thread.sleep(200); // eight ticks' worth
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atStop, ticks.get(), "no tick after stop");
        assertFalse(offFxThread.get(), "ticks arrive on the FX thread");
    }
}
