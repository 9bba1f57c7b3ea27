package org.convscope.ui.stepper;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.convscope.ui.BackgroundTasks;

/** Networks, digits and clocks for the stepper tests. */
final class StepperFixtures {
    private StepperFixtures() {
    }

    static Network tiny() {
        return Network.build(Presets.tiny(), new Rng(3));
    }

    static Network lenet5() {
        return Network.build(Presets.lenet5(), new Rng(5));
    }

    /** A 1x28x28 "digit" of values in [0, 1], the same for the same seed. */
    static Tensor digit(long seed) {
        Rng rng = new Rng(seed);
        double[] pixels = new double[28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = rng.nextDouble();
        }
        return Tensor.wrap(Presets.DIGIT, pixels);
    }

    /** A stepper whose engine work runs at once on the test's thread. */
    static StepperViewModel viewModel(ManualClock clock) {
        return new StepperViewModel(BackgroundTasks.sameThread(), clock, 11);
    }

    static StepperViewModel viewModel() {
        return viewModel(new ManualClock());
    }

    /** A play clock the test ticks by hand. */
    static final class ManualClock implements PlayClock {
        private Runnable tick;
        double rate;

        @Override
        public void start(double stepsPerSecond, Runnable onTick) {
            this.tick = onTick;
            this.rate = stepsPerSecond;
        }

        @Override
        public void setRate(double stepsPerSecond) {
            if (tick != null) {
                rate = stepsPerSecond;
            }
        }

        @Override
        public void stop() {
            tick = null;
        }

        boolean running() {
            return tick != null;
        }

        void tick() {
            tick.run();
        }
    }

    /** A worker that holds tasks until the test runs them, to see answers arrive late. */
    static final class HeldWorker implements Executor {
        private final Queue<Runnable> held = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove().run();
            }
        }
    }
}
