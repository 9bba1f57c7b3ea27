package org.convscope.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convscope.engine.Network;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * How long the views hold the FX thread, for {@code bench --ui}: the real main window, headless
 * at 1280 x 720 with the shipped model and the screenshots' digit, stepped through whole passes
 * as a teacher does, forward with Next and back with Previous. Each figure is the time from
 * asking for the change to the end of the layout that draws it (the engine's step included: tasks
 * run on the FX thread here), which is what a frame has to wait for. A frame at 60 Hz is 16.7 ms.
 *
 * <p>Rendering the frame itself is left out: headless, the window is painted by Monocle's software
 * pipeline only when a pulse asks for it, which these synchronous steps never give it, and that
 * painting says little about a projector's GPU.
 *
 * <p>Not a test: timings on a shared machine vary too much to pass or fail a build on.
 */
public final class ViewTimings {
    private ViewTimings() {
    }

    /**
     * Measures {@code passes} whole passes (forward, loss, backward) after {@code warmUpPasses}
     * unmeasured ones, with the detail panel closed and then open, and an export of the network
     * tab at 2x. Call from any thread but the FX thread; starts JavaFX headless if it is not running.
     *
     * @return figures in milliseconds by name, in a stable order
     */
    public static Map<String, Double> measure(int warmUpPasses, int passes) throws Exception {
        return MainScreenShots.onHeadlessWindow(
                screen -> HeadlessFx.call(() -> measureOn(screen.window(), warmUpPasses, passes)));
    }

    private static Map<String, Double> measureOn(MainWindow window, int warmUpPasses, int passes) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Parent root = window.drawingPane().getScene().getRoot();
        StepperViewModel stepper = window.stepper();
        for (boolean detail : new boolean[] {false, true}) {
            window.appearance().setLayerDetail(detail);
            walk(stepper, root, warmUpPasses);
            double[][][] steps = walk(stepper, root, passes); // [NEXT or PREVIOUS][position][pass]
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
            }
        }
        Node network = root.lookup("#network-split");
        double[] exports = new double[passes];
        for (int i = 0; i < exports.length; i++) {
            long start = System.nanoTime();
            PngExport.snapshot(network, MainWindow.EXPORT_SCALE);
            exports[i] = (System.nanoTime() - start) / 1e6;
        }
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
     * {@code passes} whole passes, each from the start to the end with Next and back to the start
     * with Previous, every step timed to the end of its layout: [NEXT][position reached − 1][pass]
     * and [PREVIOUS][position reached][pass], T entries each for a pass of T steps.
     */
    private static double[][][] walk(StepperViewModel stepper, Parent root, int passes) {
        double[][][] times = new double[2][stepper.getTotalSteps()][passes];
        for (int pass = 0; pass < passes; pass++) {
            stepper.reset();
            settle(root);
            while (stepper.canStepForwardProperty().get()) {
                long start = System.nanoTime();
                stepper.next();
                settle(root);
                times[NEXT][stepper.getPosition() - 1][pass] = (System.nanoTime() - start) / 1e6;
            }
            while (stepper.canStepBackProperty().get()) {
                long start = System.nanoTime();
                stepper.previous();
                settle(root);
                times[PREVIOUS][stepper.getPosition()][pass] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
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

    /** CSS and layout as the next pulse would do them (the strip scrolls within a layout, hence twice). */
    private static void settle(Parent root) {
        for (int pass = 0; pass < 2; pass++) {
            root.applyCss();
            root.layout();
        }
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
