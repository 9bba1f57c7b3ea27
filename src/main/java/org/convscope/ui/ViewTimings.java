package org.convscope.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.convscope.engine.Network;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * How long the views hold the FX thread, for {@code bench --ui}: the real main window, headless
 * at 1280 x 720 with the shipped model and the screenshots' digit, stepped through whole passes
 * as a teacher does, forward with Next and back with Previous. A frame at 60 Hz is 16.7 ms.
 *
 * <p>Each step is timed as the screen lives it: the FX thread's time for the step itself (the
 * engine's work included: tasks run on the FX thread here), plus the CSS and layout of the next
 * two pulses: the first brings the change on screen, the second is counted in case the first left
 * work for it (it should not: a layout that asks for another shows the step a frame late). The pulses are the toolkit's own, measured between the scene's pre-layout
 * and post-layout listeners, so only what the step made dirty is styled and laid out, as on a
 * teacher's screen; the time the thread waits for a pulse is not counted, the time of any pulse
 * spent on other work is.
 *
 * <p>The painting of a frame runs on the renderer's thread, not the FX thread, and headless it is
 * Monocle's software pipeline, which says little about a projector's GPU. It is counted apart: with
 * the detail panel open, the window painted whole at 1x in software after each step (a snapshot),
 * an upper bound for the frame's painting, which repaints only what changed.
 *
 * <p>Not a test: timings on a shared machine vary too much to pass or fail a build on.
 */
public final class ViewTimings {
    /**
     * The pulses counted for a step: the one that brings it on screen, and the next in case the
     * first left work for it (a layout that asks for another, as the status line's once did).
     */
    private static final int PULSES_PER_STEP = 2;

    private ViewTimings() {
    }

    /**
     * Measures {@code passes} whole passes (forward, loss, backward) after {@code warmUpPasses}
     * unmeasured ones, with the detail panel closed and then open, the painting of the window
     * after each step with the panel open, and an export of the network tab at 2x. Call from any
     * thread but the FX thread (it waits for pulses); starts JavaFX headless if it is not running.
     *
     * @return figures in milliseconds by name, in a stable order
     */
    public static Map<String, Double> measure(int warmUpPasses, int passes) throws Exception {
        return MainScreenShots.onHeadlessWindow(screen -> measureOn(screen.window(), warmUpPasses, passes));
    }

    private static Map<String, Double> measureOn(MainWindow window, int warmUpPasses, int passes) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        Scene scene = HeadlessFx.call(() -> window.drawingPane().getScene());
        StepperViewModel stepper = window.stepper();
        for (boolean detail : new boolean[] {false, true}) {
            HeadlessFx.call(() -> {
                window.appearance().setLayerDetail(detail);
                return null;
            });
            walk(stepper, scene, warmUpPasses, false);
            Walk walk = walk(stepper, scene, passes, detail);
            double[][][] steps = walk.steps();
            String name = detail ? "ui_step_with_detail" : "ui_step";
            // Named by the position the step shows: Next reaches 1..T, Previous T-1..0.
            int slowestNext = slowest(steps[NEXT]);
            figures.put(name + "_median_ms", median(all(steps[NEXT])));
            figures.put(name + "_slowest_step_" + (slowestNext + 1) + "_median_ms", median(steps[NEXT][slowestNext]));
            int slowestBack = slowest(steps[PREVIOUS]);
            figures.put(name + "_previous_median_ms", median(all(steps[PREVIOUS])));
            figures.put(name + "_previous_slowest_step_" + slowestBack + "_median_ms",
                    median(steps[PREVIOUS][slowestBack]));
            if (detail) {
                perLayer(stepper.networkProperty().get(), steps, figures);
                double[][] paints = walk.paints();
                int slowestPaint = slowest(paints);
                figures.put("ui_paint_with_detail_median_ms", median(all(paints)));
                figures.put("ui_paint_with_detail_slowest_step_" + (slowestPaint + 1) + "_median_ms",
                        median(paints[slowestPaint]));
            }
        }
        double[] exports = HeadlessFx.call(() -> {
            Node network = scene.getRoot().lookup("#network-split");
            double[] times = new double[passes];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                PngExport.snapshot(network, MainWindow.EXPORT_SCALE);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            return times;
        });
        figures.put("ui_export_snapshot_median_ms", median(exports));
        return figures;
    }

    private static final int NEXT = 0;
    private static final int PREVIOUS = 1;

    /**
     * For each layer the slowest of the four ways onto it (Next and Previous, forward and
     * backward): "ui_detail_conv2_slowest_forward_next_median_ms". Position p shows layer
     * p - 1 forward (1..L) and layer 2L + 1 - p backward (L + 2..2L + 1), as the stepper counts.
     */
    private static void perLayer(Network network, double[][][] steps, Map<String, Double> figures) {
        int layers = network.layers().size();
        for (int layer = 0; layer < layers; layer++) {
            int[] positions = {layer + 1, 2 * layers + 1 - layer};
            String slowestName = null;
            double slowestTime = -1;
            for (int way : new int[] {NEXT, PREVIOUS}) {
                for (int p = 0; p < positions.length; p++) {
                    int index = way == NEXT ? positions[p] - 1 : positions[p];
                    if (index >= steps[way].length) {
                        continue; // the last position, the end of the pass, is never reached by Previous
                    }
                    double time = median(steps[way][index]);
                    if (time > slowestTime) {
                        slowestTime = time;
                        slowestName = (p == 0 ? "forward" : "backward") + (way == NEXT ? "_next" : "_previous");
                    }
                }
            }
            figures.put("ui_detail_" + network.layers().get(layer).name() + "_slowest_" + slowestName + "_median_ms",
                    slowestTime);
        }
    }

    /**
     * The times of {@code passes} whole passes: {@code steps} [NEXT][position reached − 1][pass]
     * and [PREVIOUS][position reached][pass], T entries each for a pass of T steps; {@code paints}
     * [position reached − 1][pass] for the Next steps, when asked for, else empty.
     */
    private record Walk(double[][][] steps, double[][] paints) {
    }

    /** Whole passes, each from the start to the end with Next and back to the start with Previous. */
    private static Walk walk(StepperViewModel stepper, Scene scene, int passes, boolean paint) throws Exception {
        int total = HeadlessFx.call(stepper::getTotalSteps);
        double[][][] times = new double[2][total][passes];
        double[][] paints = new double[paint ? total : 0][passes];
        for (int pass = 0; pass < passes; pass++) {
            timedStep(scene, stepper::reset);
            while (HeadlessFx.call(() -> stepper.canStepForwardProperty().get())) {
                double time = timedStep(scene, stepper::next);
                int reached = HeadlessFx.call(stepper::getPosition);
                times[NEXT][reached - 1][pass] = time;
                if (paint) {
                    paints[reached - 1][pass] = HeadlessFx.call(() -> paintTime(scene));
                }
            }
            while (HeadlessFx.call(() -> stepper.canStepBackProperty().get())) {
                double time = timedStep(scene, stepper::previous);
                times[PREVIOUS][HeadlessFx.call(stepper::getPosition)][pass] = time;
            }
        }
        return new Walk(times, paints);
    }

    /**
     * Runs {@code step} on the FX thread and waits for the pulses that bring it on screen: the
     * milliseconds of the step plus the CSS and layout of those pulses.
     */
    private static double timedStep(Scene scene, Runnable step) throws Exception {
        PulseClock clock = new PulseClock(scene);
        double stepTime = HeadlessFx.call(() -> {
            clock.listen();
            long start = System.nanoTime();
            step.run();
            double elapsed = (System.nanoTime() - start) / 1e6;
            Platform.requestNextPulse();
            return elapsed;
        });
        double layouts = clock.awaitLayouts();
        // Headless, the frame is painted in software on the renderer's thread after the pulse, for
        // about as long as the step took. A teacher's next key press comes long after that; without
        // this wait the painting of one step competes with the next step for a 2-core machine.
        Thread.sleep(RENDERER_WAIT_MS);
        return stepTime + layouts;
    }

    private static final long RENDERER_WAIT_MS = 25;

    /**
     * The CSS and layout time of the scene's next {@value #PULSES_PER_STEP} pulses, read from its
     * pre- and post-layout pulse listeners, which run around the scene's CSS and layout passes.
     */
    private static final class PulseClock {
        private final Scene scene;
        private final CountDownLatch done = new CountDownLatch(1);
        private final Runnable before = this::before;
        private final Runnable after = this::after;
        private long pulseStart;
        private long layoutNanos;
        private int pulses;

        PulseClock(Scene scene) {
            this.scene = scene;
        }

        /** FX thread. */
        void listen() {
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
        }

        private void before() {
            pulseStart = System.nanoTime();
        }

        private void after() {
            layoutNanos += System.nanoTime() - pulseStart;
            if (++pulses < PULSES_PER_STEP) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
            done.countDown();
        }

        /** Waits on the calling thread (not the FX thread) for the pulses; their milliseconds. */
        double awaitLayouts() throws InterruptedException {
            if (!done.await(PULSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse within " + PULSE_TIMEOUT_SECONDS + " s");
            }
            return layoutNanos / 1e6;
        }
    }

    private static final long PULSE_TIMEOUT_SECONDS = 30;

    /** The milliseconds to paint the whole window once at 1x in software. FX thread, after the pulses. */
    private static double paintTime(Scene scene) {
        long start = System.nanoTime();
        scene.snapshot(null);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The index of the step that is slowest as a rule (the median of its passes). */
    private static int slowest(double[][] byStep) {
        int slowest = 0;
        for (int step = 1; step < byStep.length; step++) {
            if (median(byStep[step]) > median(byStep[slowest])) {
                slowest = step;
            }
        }
        return slowest;
    }

    private static double[] all(double[][] byPosition) {
        return Arrays.stream(byPosition).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
