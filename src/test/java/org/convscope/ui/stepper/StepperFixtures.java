package org.convscope.ui.stepper;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.convscope.engine.Network;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.convscope.ui.BackgroundTasks;
import org.convscope.ui.TooLargeWeights;

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

    /**
     * The tiny network with weights that are too large for solid ink: conv1's filter 1 copies the
     * image (centre weight 1, every other conv1 weight 0), so after ReLU and 2 x 2 max pooling
     * conv2 sees the image at half size; conv2's filters 1 and 2 weigh that copy with nine weights of
     * +2e307 and -2e307. Nine values of 1 (solid ink over a 6 x 6 patch of the image) give
     * 1.8e308, more than the largest double: +Infinity and -Infinity. Anything lighter, such as
     * {@link #digit}, stays finite.
     */
    static Network tooLargeForSolidInk() {
        Network network = tiny();
        double[] conv1 = network.layers().get(0).params().get(0).value(); // [4, 1, 3, 3]
        java.util.Arrays.fill(conv1, 0);
        conv1[4] = 1;
        java.util.Arrays.fill(network.layers().get(0).params().get(1).value(), 0);
        double[] conv2 = network.layers().get(3).params().get(0).value(); // [8, 4, 3, 3]
        java.util.Arrays.fill(conv2, 0);
        for (int i = 0; i < 9; i++) {
            conv2[i] = 2e307; // filter 1, channel 1
            conv2[4 * 9 + i] = -2e307; // filter 2, channel 1
        }
        java.util.Arrays.fill(network.layers().get(3).params().get(1).value(), 0);
        return network;
    }

    /** Solid ink in rows and columns 10 to 17 (the same picture the window tests use). */
    static Tensor solidInk() {
        return TooLargeWeights.solidInk();
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
