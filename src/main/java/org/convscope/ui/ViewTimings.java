package org.convscope.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convscope.ui.stepper.StepperViewModel;

/**
 * How long the views hold the FX thread, for {@code bench --ui}: the real main window, headless
 * at 1280 x 720 with the shipped model and the screenshots' digit, stepped through whole passes
 * as a teacher does. Each figure is the time from asking for the change to the end of the layout
 * that draws it (the engine's step included: tasks run on the FX thread here), which is what a
 * frame has to wait for. A frame at 60 Hz is 16.7 ms.
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
        for (boolean detail : new boolean[] {false, true}) {
            window.appearance().setLayerDetail(detail);
            walk(window.stepper(), root, warmUpPasses);
            double[][] steps = walk(window.stepper(), root, passes);
            String name = detail ? "ui_step_with_detail" : "ui_step";
            figures.put(name + "_median_ms", median(Arrays.stream(steps).flatMapToDouble(Arrays::stream).toArray()));
            // The step that is slowest as a rule (the median of its passes), named by its position.
            int slowest = 0;
            for (int position = 0; position < steps.length; position++) {
                if (median(steps[position]) > median(steps[slowest])) {
                    slowest = position;
                }
            }
            figures.put(name + "_slowest_step_" + (slowest + 1) + "_median_ms", median(steps[slowest]));
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

    /** Every step of {@code passes} passes from the start, each timed to the end of its layout: [step][pass]. */
    private static double[][] walk(StepperViewModel stepper, Parent root, int passes) {
        double[][] times = new double[stepper.getTotalSteps()][passes];
        for (int pass = 0; pass < passes; pass++) {
            stepper.reset();
            settle(root);
            for (int step = 0; stepper.canStepForwardProperty().get(); step++) {
                long start = System.nanoTime();
                stepper.next();
                settle(root);
                times[step][pass] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
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
