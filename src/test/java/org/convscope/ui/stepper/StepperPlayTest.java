package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.engine.Stepper.Phase;
import org.convscope.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;

class StepperPlayTest {

    @Test
    void playStepsOnEachTickAndStopsAtTheEnd() {
        StepperFixtures.ManualClock clock = new StepperFixtures.ManualClock();
        StepperViewModel stepper = StepperFixtures.viewModel(clock);
        stepper.setNetwork(StepperFixtures.tiny());
        stepper.setInput(StepperFixtures.digit(1));

        stepper.togglePlay();
        assertTrue(stepper.isPlaying());
        assertTrue(clock.running());
        assertEquals(StepperViewModel.DEFAULT_SPEED, clock.rate);
        for (int tick = 1; tick <= 16; tick++) {
            clock.tick();
            assertEquals(tick, stepper.getPosition());
        }
        assertTrue(stepper.isPlaying());
        clock.tick();
        assertEquals(17, stepper.getPosition());
        assertFalse(stepper.isPlaying(), "stops by itself at the end");
        assertFalse(clock.running());
    }

    @Test
    void speedPauseAndPlayAgainFromTheEnd() {
        StepperFixtures.ManualClock clock = new StepperFixtures.ManualClock();
        StepperViewModel stepper = StepperFixtures.viewModel(clock);
        stepper.setNetwork(StepperFixtures.tiny());
        stepper.togglePlay();
        assertFalse(stepper.isPlaying(), "nothing drawn, nothing to play");

        stepper.setInput(StepperFixtures.digit(1));
        stepper.togglePlay();
        stepper.speedProperty().set(5);
        assertEquals(5, clock.rate);
        stepper.speedProperty().set(1000);
        assertEquals(StepperViewModel.MAX_SPEED, clock.rate);
        clock.tick();
        stepper.togglePlay();
        assertFalse(stepper.isPlaying());
        assertFalse(clock.running());
        assertEquals(1, stepper.getPosition());

        StepperViewModelTest.stepTo(stepper, 17);
        stepper.togglePlay();
        assertEquals(0, stepper.getPosition(), "Play at the end starts again");
        clock.tick();
        assertEquals(Phase.FORWARD, stepper.getPhase());

        stepper.previous();
        assertFalse(stepper.isPlaying(), "stepping by hand takes over from Play");
    }

    @Test
    void aLateAnswerForAnOldDigitIsDropped() {
        StepperFixtures.HeldWorker worker = new StepperFixtures.HeldWorker();
        StepperViewModel stepper = new StepperViewModel(new BackgroundTasks(worker, Runnable::run),
                new StepperFixtures.ManualClock(), 1);
        stepper.setNetwork(StepperFixtures.tiny());
        stepper.setInput(StepperFixtures.digit(1));
        worker.runAll();
        assertEquals(0, stepper.getPosition());

        stepper.next();
        stepper.next();
        assertTrue(stepper.busyProperty().get());
        stepper.setInput(StepperFixtures.digit(2)); // while the two steps are still on the worker
        long revision = stepper.revisionProperty().get();
        worker.runAll();

        assertFalse(stepper.busyProperty().get());
        assertEquals(revision + 1, stepper.revisionProperty().get(), "only the new digit's pass was shown");
        assertEquals(0, stepper.getPosition());
        assertEquals(StepperFixtures.digit(2), stepper.getTrace().input());
    }

    @Test
    void ticksWaitForTheEngine() {
        StepperFixtures.HeldWorker worker = new StepperFixtures.HeldWorker();
        StepperFixtures.ManualClock clock = new StepperFixtures.ManualClock();
        StepperViewModel stepper = new StepperViewModel(new BackgroundTasks(worker, Runnable::run), clock, 1);
        stepper.setNetwork(StepperFixtures.tiny());
        stepper.setInput(StepperFixtures.digit(1));
        worker.runAll();
        stepper.togglePlay();
        clock.tick();
        clock.tick(); // the first step has not come back yet: skipped
        clock.tick();
        worker.runAll();
        assertEquals(1, stepper.getPosition());
    }

    @Test
    void playPressedRightAfterTheLastStepStillPlaysFromTheStart() {
        StepperFixtures.HeldWorker worker = new StepperFixtures.HeldWorker();
        StepperFixtures.ManualClock clock = new StepperFixtures.ManualClock();
        StepperViewModel stepper = new StepperViewModel(new BackgroundTasks(worker, Runnable::run), clock, 1);
        stepper.setNetwork(StepperFixtures.tiny());
        stepper.setInput(StepperFixtures.digit(1));
        worker.runAll();
        for (int i = 0; i < 17; i++) {
            stepper.next();
            worker.runAll();
        }
        stepper.togglePlay(); // the Reset it asks for is still on the worker
        worker.runAll();
        assertTrue(stepper.isPlaying());
        assertEquals(0, stepper.getPosition());
        clock.tick();
        worker.runAll();
        assertEquals(1, stepper.getPosition());
    }
}
