package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.ParamTrace;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.stepper.StepperViewModel;
import org.convscope.ui.stepper.UpdateOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kernels section of the convolution view in the main window, headless, on the shipped
 * LeNet-5 with a digit on the pad: every filter of conv2 is drawn on one scale and the value under
 * the pointer is the engine's weight; backward it is the engine's dL/dw; after Apply update it is
 * new - old = -learningRate x the dL/dw of the pass before; a click on a kernel selects its map.
 */
@ExtendWith(ApplicationExtension.class)
class KernelBankScreenTest {
    private static final int CONV1 = 0;
    private static final int CONV2 = 3;

    private StepperViewModel stepper;
    private NetworkStrip strip;

    @Start
    void start(Stage stage) {
        stepper = ShippedModelWindow.show(stage, true).stepper();
        strip = (NetworkStrip) stage.getScene().lookup("#network-strip");
        ShippedModelWindow.draw(stage, 3);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    private void stepTo(FxRobot robot, int position) {
        robot.interact(stepper::reset);
        while (stepper.getPosition() < position) {
            robot.interact(stepper::next);
        }
    }

    /** A label's text without the glue that keeps its formulas on one line (MathTextTest checks that). */
    private static String text(FxRobot robot, String id) {
        return ScreenText.plain(robot.lookup(id).queryAs(Label.class).getText());
    }

    private static List<Pane> tiles(FxRobot robot) {
        // Tiles of filters the layer does not have (conv1 after conv2) are kept hidden.
        return robot.lookup("#kernel-tiles").queryAs(Pane.class).getChildren().stream().filter(Node::isVisible)
                .map(Pane.class::cast).toList();
    }

    private static Canvas canvasOf(Pane tile) {
        return (Canvas) tile.getChildren().stream().filter(Canvas.class::isInstance).findFirst().orElseThrow();
    }

    private static Label biasOf(Pane tile) {
        return tile.lookupAll(".kernel-bias").stream().map(Label.class::cast).findFirst().orElseThrow();
    }

    private static ParamTrace param(LayerTrace trace, String name) {
        return trace.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Scrolls the detail panel to the kernels, as a student would, and lets it settle. */
    private static void scrollToKernels(FxRobot robot) {
        scrollTo(robot, robot.lookup("#kernel-bank").query());
    }

    /** Scrolls the detail panel so that {@code node} is at the top of its view, and lets it settle. */
    private static void scrollTo(FxRobot robot, Node node) {
        DetailScroll.scrollIntoView(robot, node);
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
    }

    /**
     * Points at weight (row, col) of {@code channel}'s slice of kernel {@code filter} (5 x 5 slices
     * side by side, 2 px apart) and returns the value line once it names that weight.
     */
    private static String pointAt(FxRobot robot, int filter, int channel, int row, int col) {
        String expected = "Kernel " + (filter + 1) + ", channel " + (channel + 1) + ", row " + (row + 1) + ", column "
                + (col + 1) + ": ";
        return pointAt(robot, filter, channel, row, col, expected).substring(expected.length());
    }

    /** Points at a weight as {@link #pointAt(FxRobot, int, int, int, int)} and returns the value line starting with {@code expected}. */
    private static String pointAt(FxRobot robot, int filter, int channel, int row, int col, String expected) {
        Canvas canvas = canvasOf(tiles(robot).get(filter));
        scrollTo(robot, canvas);
        double cell = canvas.getHeight() / 5;
        double x = channel * (5 * cell + 2) + (col + 0.5) * cell;
        double y = (row + 0.5) * cell;
        // From another weight first: a pointer resting on the target sends no move.
        robot.moveTo(canvas.localToScreen(x, row == 0 ? y + cell : y - cell));
        robot.moveTo(canvas.localToScreen(x, y));
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#kernel-bank-hover").startsWith(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("pointing at " + expected + " the value line says " + text(robot, "#kernel-bank-hover"), e);
        }
        return text(robot, "#kernel-bank-hover");
    }

    private static ToggleButton button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class);
    }

    @Test
    void forwardEveryKernelOfConv2IsOnOneScaleWithTheEnginesWeightsAndAClickSelectsItsMap(FxRobot robot) {
        stepTo(robot, CONV2 + 1);
        LayerTrace conv2 = stepper.getTrace().layer(CONV2);
        Tensor weights = param(conv2, "weights").value();
        scrollToKernels(robot);

        assertEquals("All 16 kernels of conv2", text(robot, "#kernel-bank-heading"));
        assertTrue(text(robot, "#kernel-bank-title").startsWith("16 \u00d7 (5 \u00d7 5 \u00d7 6) weights + 16 biases = 2,416 parameters."),
                text(robot, "#kernel-bank-title"));
        assertTrue(text(robot, "#kernel-bank-title").contains("all 100 positions of its 10 \u00d7 10 feature map")
                && text(robot, "#kernel-bank-title").endsWith("would need 1,881,600 weights."), text(robot, "#kernel-bank-title"));
        List<Pane> tiles = tiles(robot);
        assertEquals(16, tiles.size(), "one tile per filter");
        Canvas first = canvasOf(tiles.get(0));
        double cell = first.getHeight() / 5;
        assertEquals(6 * 5 * cell + 5 * 2, first.getWidth(), 1e-9, "six channel slices side by side");
        assertTrue(button(robot, "#kernel-bank-weights").isSelected(), "forward: the weights");
        assertTrue(button(robot, "#kernel-bank-gradients").isDisabled(), "no gradients before the backward pass");
        assertTrue(button(robot, "#kernel-bank-change").isDisabled(), "no change before an update");

        double largest = 0;
        for (int i = 0; i < weights.shape().size(); i++) {
            largest = Math.max(largest, Math.abs(weights.get(i)));
        }
        ColorLegend legend = robot.lookup("#kernel-bank-legend").queryAs(ColorLegend.class);
        assertEquals(-largest, legend.getRange().min(), 0, "one range for all 16 kernels");
        assertEquals(largest, legend.getRange().max(), 0);

        // Kernel 3, channel 5, row 2, column 3 is weight ((2 x 6 + 4) x 5 + 1) x 5 + 2.
        assertEquals("w = " + NumberText.full(weights.get(((2 * 6 + 4) * 5 + 1) * 5 + 2)), pointAt(robot, 2, 4, 1, 2));
        assertEquals("w = " + NumberText.full(weights.get(((15 * 6 + 5) * 5 + 4) * 5 + 4)), pointAt(robot, 15, 5, 4, 4));
        assertEquals("b = " + NumberText.sig3(param(conv2, "bias").value().get(2)), ScreenText.plain(biasOf(tiles.get(2)).getText()));

        robot.clickOn(biasOf(tiles.get(6)));
        assertEquals(6, strip.getSelectedMap(), "a click on kernel 7 explains feature map 7");
        assertTrue(tiles(robot).get(6).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")),
                "and outlines its kernel");
        // The sliding window above now uses the same filter:
        assertTrue(robot.lookup("#layer-detail .kernel-caption").queryAs(Label.class).getText().startsWith("Kernel (filter) of map 7:"),
                robot.lookup("#layer-detail .kernel-caption").queryAs(Label.class).getText());
    }

    @Test
    void backwardTheKernelsShowTheEnginesGradientsAndTheWeightsStayOneClickAway(FxRobot robot) {
        stepTo(robot, stepper.getTotalSteps() - CONV2); // conv2 backward
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertEquals(CONV2, stepper.getLayerIndex());
        LayerTrace conv2 = stepper.getTrace().layer(CONV2);
        scrollToKernels(robot);

        assertTrue(button(robot, "#kernel-bank-gradients").isSelected(), "backward: the gradients");
        Tensor grads = param(conv2, "weights").grad();
        assertEquals("dL/dw = " + NumberText.full(grads.get(((0 * 6 + 2) * 5 + 3) * 5 + 1)), pointAt(robot, 0, 2, 3, 1));
        assertEquals("dL/db = " + NumberText.sig3(param(conv2, "bias").grad().get(9)), ScreenText.plain(biasOf(tiles(robot).get(9)).getText()));

        // Pointing at the kernels above changed the value line under them: the buttons may have scrolled out of view.
        scrollTo(robot, button(robot, "#kernel-bank-weights"));
        robot.clickOn(button(robot, "#kernel-bank-weights"));
        assertTrue(button(robot, "#kernel-bank-weights").isSelected());
        assertEquals("w = " + NumberText.full(param(conv2, "weights").value().get(((0 * 6 + 2) * 5 + 3) * 5 + 1)),
                pointAt(robot, 0, 2, 3, 1));
        assertEquals("Kernel 1, channel 3, row 4, column 2: w = "
                + NumberText.full(param(conv2, "weights").value().get(((0 * 6 + 2) * 5 + 3) * 5 + 1)),
                text(robot, "#kernel-bank-hover"));
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("conv2 的全部 16 个卷积核", text(robot, "#kernel-bank-heading"));
        assertEquals("卷积核 1，通道 3，第 4 行，第 2 列：w = "
                + NumberText.full(param(conv2, "weights").value().get(((0 * 6 + 2) * 5 + 3) * 5 + 1)),
                pointAt(robot, 0, 2, 3, 1, "卷积核 1，"));
    }

    @Test
    void afterApplyUpdateTheKernelsShowNewMinusOldWhichIsMinusTheRateTimesTheGradient(FxRobot robot) {
        // A target the network does not believe: large gradients, so a visible change.
        robot.interact(() -> stepper.setTargetLabel(5));
        stepTo(robot, stepper.getTotalSteps());
        LayerTrace gradientsPass = stepper.getTrace().layer(CONV1);
        robot.interact(robot.lookup("#apply-update").queryButton()::fire);
        UpdateOutcome update = stepper.getLastUpdate();
        assertEquals(5, update.label());

        stepTo(robot, CONV1 + 1); // the rerun pass, forward at conv1
        LayerTrace conv1 = stepper.getTrace().layer(CONV1);
        scrollToKernels(robot);
        assertEquals(6, tiles(robot).size(), "conv1's six kernels, after conv2's sixteen on the way back");
        assertEquals(6, robot.lookup("#conv-filters").queryAs(Pane.class).getChildren().stream().filter(Node::isVisible)
                .count(), "and its six feature maps to pick from");
        assertTrue(button(robot, "#kernel-bank-change").isSelected(), "right after an update: the change");
        assertFalse(button(robot, "#kernel-bank-change").isDisabled());
        Tensor now = param(conv1, "weights").value();
        Tensor before = update.parametersBefore(CONV1).get(0);
        for (int[] w : new int[][] {{0, 2, 2}, {4, 1, 3}, {5, 4, 0}}) {
            int i = (w[0] * 5 + w[1]) * 5 + w[2];
            double change = now.get(i) - before.get(i);
            assertEquals(-update.learningRate() * param(gradientsPass, "weights").grad().get(i), change, 1e-15,
                    "SGD: new - old = -rate x dL/dw");
            assertEquals("change new \u2212 old = " + NumberText.full(change), pointAt(robot, w[0], 0, w[1], w[2]));
        }
        assertTrue(text(robot, "#kernel-bank-explanation").contains("learning rate \u03b7 = " + update.learningRate()),
                text(robot, "#kernel-bank-explanation"));

        robot.interact(robot.lookup("#restore-model").queryButton()::fire);
        scrollToKernels(robot);
        assertTrue(button(robot, "#kernel-bank-change").isDisabled(), "Restore undoes the update: no change to show");
        assertTrue(button(robot, "#kernel-bank-weights").isSelected());
        assertEquals("w = " + NumberText.full(before.get(0)), pointAt(robot, 0, 0, 0, 0), "the old weights are back");
    }
}
