package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Stepper;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The convolution view in the main window, headless, on the shipped LeNet-5 with a digit on the
 * pad: the formula written for the output cell under the pointer ends in the engine's output at
 * that cell and the window moves there; the scrub slider moves it too; on the backward step the
 * dL/dw written for a clicked kernel weight is the engine's gradient of that weight.
 */
@ExtendWith(ApplicationExtension.class)
class ConvolutionDetailScreenTest {
    private static final Pattern EXACT = Pattern.compile("^exact value: (\\S+)$");

    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        stepper = ShippedModelWindow.show(stage, true).stepper();
        ShippedModelWindow.draw(stage, 3);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    /** A label's text without the glue that keeps its formulas on one line (MathTextTest checks that). */
    private static String text(FxRobot robot, String id) {
        return ScreenText.plain(robot.lookup(id).queryAs(Label.class).getText());
    }

    /** The full-precision value under a formula ("exact value: -0.8629290867558668"). */
    private static double exact(FxRobot robot, String id) {
        String line = text(robot, id);
        Matcher m = EXACT.matcher(line);
        assertTrue(m.matches(), line);
        return ScreenText.parse(m.group(1));
    }

    private static void hover(FxRobot robot, FeatureMapView map, int row, int col) {
        MapPointer.hover(robot, map, row, col);
    }

    /** conv1's kernel window: one 5 x 5 rectangle on its single channel, 8 px a cell, padding 2. */
    private static void assertWindowAt(FxRobot robot, int row, int col) {
        List<Rectangle> windows = robot.lookup("#layer-detail .kernel-window").queryAllAs(Rectangle.class).stream()
                .filter(Node::isVisible).filter(r -> r.getParent() != null).toList();
        assertEquals(1, windows.size(), "one input channel, one window");
        Rectangle window = windows.get(0);
        // Stride 1, padding 2: output (row, col) puts the window's corner at padded cell (row, col).
        assertEquals(col * 8, window.getX(), 1e-9, "window column");
        assertEquals(row * 8, window.getY(), 1e-9, "window row");
        assertEquals(5 * 8, window.getWidth(), 1e-9, "a 5 x 5 kernel");
        assertEquals("Output cell: row " + (row + 1) + ", column " + (col + 1), text(robot, "#conv-cell"));
    }

    @Test
    void theFormulaOfTheHoveredOutputCellEndsInTheEnginesOutputAndTheWindowMovesThere(FxRobot robot) {
        robot.push(KeyCode.RIGHT);
        assertEquals(0, stepper.getLayerIndex());
        LayerTrace conv1 = stepper.getTrace().layer(0);
        FeatureMapView output = robot.lookup("#conv-output-map").queryAs(FeatureMapView.class);
        assertTrue(output.isVisible());

        for (int[] cell : new int[][] {{12, 7}, {20, 15}, {0, 0}}) {
            hover(robot, output, cell[0], cell[1]);
            double engine = conv1.output().get(0, cell[0], cell[1]);
            assertEquals(engine, exact(robot, "#conv-exact"), 1e-6, "cell " + cell[0] + ", " + cell[1]);
            assertTrue(text(robot, "#conv-result").endsWith("= " + NumberText.sig3(engine)), text(robot, "#conv-result"));
            assertWindowAt(robot, cell[0], cell[1]);
        }
        // The corner's window lies mostly on the zero padding; conv1 has one channel of 25 products.
        List<Label> channels = robot.lookup("#layer-detail .channel-lines .formula-line").queryAllAs(Label.class)
                .stream().filter(Node::isVisible).toList();
        assertEquals(1, channels.size());
        assertTrue(ScreenText.plain(channels.get(0).getText()).startsWith("channel 1: sum of 25 products = "), channels.get(0).getText());
        assertEquals("Output size: (W + 2P \u2212 F)/S + 1 = (28 + 2 \u00d7 2 \u2212 5)/1 + 1 = 28\n"
                + "W input size, F kernel size, P zero padding, S stride", text(robot, "#conv-size"));

        // The scrub slider walks the same positions, row by row.
        Slider slider = robot.lookup("#conv-position").queryAs(Slider.class);
        assertEquals(28 * 28 - 1, slider.getMax(), 1e-9);
        robot.moveTo(robot.lookup("#conv-play").queryAs(Node.class)); // off the map, so hovering moves nothing
        robot.interact(() -> slider.setValue(2 * 28 + 9));
        assertWindowAt(robot, 2, 9);
        assertEquals(conv1.output().get(0, 2, 9), exact(robot, "#conv-exact"), 1e-6);

        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(text(robot, "#conv-size").startsWith("输出尺寸："), text(robot, "#conv-size"));
        assertTrue(text(robot, "#conv-cell").startsWith("输出元素：第 3 行，第 10 列"), text(robot, "#conv-cell"));
    }

    @Test
    void playSlidesTheWindowOnAndPauseStopsIt(FxRobot robot) {
        robot.push(KeyCode.RIGHT);
        Slider slider = robot.lookup("#conv-position").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(0));
        robot.clickOn("#conv-play");
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#conv-play");
        double stopped = slider.getValue();
        assertTrue(stopped >= 1, "the window moved on while playing, now at " + stopped);
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(stopped, slider.getValue(), 1e-9, "and stays after Pause");
        assertEquals("Play", robot.lookup("#conv-play").queryButton().getText());
    }

    @Test
    void atTheBackwardStepTheClickedWeightsGradientIsTheEngines(FxRobot robot) {
        int total = stepper.getTotalSteps();
        for (int i = 0; i < total; i++) { // the last step: conv1 backward
            robot.interact(stepper::next);
        }
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertEquals(0, stepper.getLayerIndex());
        LayerTrace conv1 = stepper.getTrace().layer(0);
        ParamTrace weights = conv1.params().stream().filter(p -> p.name().equals("weights")).findFirst().orElseThrow();

        Node kernels = robot.lookup("#conv-kernels").query();
        double cell = kernels.getLayoutBounds().getHeight() / 5; // one channel: a single 5 x 5 slice
        for (int[] w : new int[][] {{1, 3}, {4, 0}, {2, 2}}) {
            WaitForAsyncUtils.waitForFxEvents(3);
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // let the panel settle first
            // The pointer crosses the output map on its way, and its hover rewrites the formula above
            // the kernels, which can move them: rest on them first, then aim where they are now.
            DetailScroll.scrollIntoView(robot, kernels); // the explanations above may have pushed it down
            robot.moveTo(kernels);
            WaitForAsyncUtils.waitForFxEvents(3);
            Point2D at = kernels.localToScreen((w[1] + 0.5) * cell, (w[0] + 0.5) * cell);
            robot.clickOn(at);
            assertTrue(text(robot, "#conv-weight").startsWith("Weight: channel 1, row " + (w[0] + 1) + ", column "
                    + (w[1] + 1)), text(robot, "#conv-weight"));
            double engine = weights.grad().get(w[0] * 5 + w[1]); // filter 1, channel 1: the first 25 weights
            assertEquals(engine, exact(robot, "#conv-grad-exact"), 1e-6, "dL/dw of weight " + w[0] + ", " + w[1]);
            // The rounded value too: a tiny gradient passes 1e-6 whatever it is, its 3 digits do not.
            assertTrue(text(robot, "#conv-grad-result").endsWith("= " + NumberText.sig3(engine)),
                    text(robot, "#conv-grad-result") + " for " + engine);
        }
        assertEquals("dL/dw = sum over all 784 positions of dL/dOutput \u00d7 input", text(robot, "#conv-grad-sum"));
        FeatureMapView gradInput = robot.lookup("#conv-grad-input").queryAs(FeatureMapView.class);
        assertTrue(gradInput.isVisible(), "dL/dInput is shown as a map");
        assertEquals(conv1.gradInput(), gradInput.getTensor());
        assertFalse(robot.lookup("#conv-products").query().getParent().isVisible(), "the forward products make room");
    }

    @Test
    void atConv2TheWeightsChannelPicksTheInputGradientShownAndItsValuesAreTheEngines(FxRobot robot) {
        int total = stepper.getTotalSteps();
        for (int i = 0; i < total - 3; i++) { // to the backward step of conv2
            robot.interact(stepper::next);
        }
        assertEquals(3, stepper.getLayerIndex());
        LayerTrace conv2 = stepper.getTrace().layer(3);
        ParamTrace weights = conv2.params().stream().filter(p -> p.name().equals("weights")).findFirst().orElseThrow();
        // Six 5 x 5 slices, three to a row with 8 px between them: slice 5 starts one slice right, one down.
        Node kernels = robot.lookup("#conv-kernels").query();
        double cell = (kernels.getLayoutBounds().getHeight() - 8) / 10;
        double slice = 5 * cell + 8;
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // let the panel settle first
        // On the way there the pointer crosses the output map, whose hover rewrites the formula above
        // and can move the kernels: rest on them first, then aim.
        DetailScroll.scrollIntoView(robot, kernels); // below the maps and the explanations
        robot.moveTo(kernels);
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.clickOn(kernels.localToScreen(slice + 2.5 * cell, slice + 1.5 * cell)); // channel 5, row 2, column 3
        assertTrue(text(robot, "#conv-weight").startsWith("Weight: channel 5, row 2, column 3"),
                text(robot, "#conv-weight") + " kernels at " + kernels.localToScreen(kernels.getLayoutBounds()) + " hover "
                        + text(robot, "#conv-hover"));
        double engine = weights.grad().get(((0 * 6 + 4) * 5 + 1) * 5 + 2); // filter 1, channel 5, row 2, column 3
        assertEquals(engine, exact(robot, "#conv-grad-exact"), 1e-6);
        assertTrue(text(robot, "#conv-grad-result").endsWith("= " + NumberText.sig3(engine)), text(robot, "#conv-grad-result"));
        assertEquals("dL/dw = sum over all 100 positions of dL/dOutput \u00d7 input", text(robot, "#conv-grad-sum"));

        FeatureMapView gradInput = robot.lookup("#conv-grad-input").queryAs(FeatureMapView.class);
        assertEquals(4, gradInput.getChannel(), "dL/dInput of the weight's own channel");
        DetailScroll.scrollIntoView(robot, gradInput); // under the maps: the panel scrolls to it, as a student would
        hover(robot, gradInput, 6, 9);
        assertEquals("dL/dInput, map 5, row 7, column 10: " + NumberText.full(conv2.gradInput().get(4, 6, 9)),
                text(robot, "#conv-hover"));
    }
}
