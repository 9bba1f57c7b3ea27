package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.ui.detail.CellGrid;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dropout and activation detail views in the main window, headless, on the shipped LeNet-5
 * and a drawn digit: what they show is the engine's mask, gradients, inputs and outputs.
 */
@ExtendWith(ApplicationExtension.class)
class DropoutAndActivationScreenTest {
    private static final int RELU1 = 1;
    private static final int DROPOUT1 = 9;
    private static final int LAYERS = 13;

    private MainWindow window;
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, true);
        stepper = window.stepper();
        ShippedModelWindow.draw(stage, 2);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    private void walkTo(FxRobot robot, int position) {
        robot.interact(() -> {
            stepper.reset();
            while (stepper.getPosition() < position) {
                stepper.next();
            }
        });
    }

    /** A label's text without the glue that keeps its formulas on one line (MathTextTest checks that). */
    private static String text(FxRobot robot, String id) {
        return ScreenText.plain(robot.lookup(id).queryAs(Label.class).getText());
    }

    private static CellGrid grid(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CellGrid.class);
    }

    private static void hover(FxRobot robot, CellGrid grid, int index) {
        // After a step the panel settles over a few pulses (scroll pane, whole-cell boxes); a picture
        // redrawn meanwhile forgets what was pointed at: let it settle before pointing.
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(grid.cellSize() >= 8, "cells of at least 8 px, got " + grid.cellSize());
        robot.moveTo(grid.localToScreen(grid.cellCentre(index)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DropoutMask mask() {
        return (DropoutMask) stepper.getTrace().layer(DROPOUT1).extra().orElseThrow();
    }

    private static int firstWith(DropoutMask mask, boolean kept) {
        for (int i = 0; i < mask.size(); i++) {
            if (mask.kept(i) == kept) {
                return i;
            }
        }
        throw new AssertionError("no unit with kept = " + kept);
    }

    @Test
    void inTrainingModeTheDroppedCellsAreTheMasksAndTheOutputIsZeroThere(FxRobot robot) {
        robot.clickOn(robot.lookup("#training-mode").queryAs(CheckBox.class));
        assertTrue(stepper.trainingProperty().get());
        walkTo(robot, DROPOUT1 + 1);
        assertEquals("dropout1", text(robot, "#detail-title"));
        DropoutMask mask = mask();
        assertTrue(mask.active());
        LayerTrace trace = stepper.getTrace().layer(DROPOUT1);
        CellGrid shownMask = grid(robot, "#dropout-mask");
        CellGrid output = grid(robot, "#dropout-second");
        CellGrid input = grid(robot, "#dropout-first");
        assertEquals(mask.size(), shownMask.cellCount());
        int dropped = 0;
        for (int i = 0; i < mask.size(); i++) {
            assertEquals(!mask.kept(i), shownMask.isCrossed(i), "unit " + i);
            assertEquals(trace.input().get(i), input.value(i), 0.0);
            assertEquals(trace.output().get(i), output.value(i), 0.0);
            if (!mask.kept(i)) {
                dropped++;
                assertEquals(0.0, output.value(i), 0.0, "a dropped unit outputs 0");
                assertTrue(output.isCrossed(i));
            }
        }
        assertTrue(dropped > 0 && dropped < mask.size());
        String facts = text(robot, "#dropout-facts");
        assertTrue(facts.contains("p = 0.5") && facts.contains("kept " + mask.keptCount() + " of 120 units")
                && facts.contains("dropped " + dropped) && facts.contains("1/(1 \u2212 p) = 2.00"), facts);

        int droppedUnit = firstWith(mask, false);
        hover(robot, shownMask, droppedUnit);
        assertEquals("Unit " + (droppedUnit + 1) + " is dropped: output = 0 (its input "
                + trace.input().get(droppedUnit) + " is not passed on).", text(robot, "#dropout-hover"));
        int keptUnit = firstWith(mask, true);
        hover(robot, input, keptUnit);
        assertEquals("Unit " + (keptUnit + 1) + " is kept: output = " + trace.input().get(keptUnit) + " \u00d7 2.0 = "
                + trace.output().get(keptUnit), text(robot, "#dropout-hover"));
    }

    @Test
    void inTrainingModeBackwardTheGradientIsExactlyZeroAtDroppedUnits(FxRobot robot) {
        robot.interact(() -> stepper.trainingProperty().set(true));
        walkTo(robot, 2 * LAYERS + 1 - DROPOUT1);
        assertEquals("dropout1", text(robot, "#detail-title"));
        DropoutMask mask = mask();
        LayerTrace trace = stepper.getTrace().layer(DROPOUT1);
        CellGrid gradInput = grid(robot, "#dropout-second");
        CellGrid gradOutput = grid(robot, "#dropout-first");
        int nonZeroKept = 0;
        for (int i = 0; i < mask.size(); i++) {
            assertEquals(trace.gradOutput().get(i), gradOutput.value(i), 0.0);
            assertEquals(trace.gradInput().get(i), gradInput.value(i), 0.0);
            if (mask.kept(i)) {
                assertEquals(trace.gradOutput().get(i) * 2, gradInput.value(i), 0.0);
                nonZeroKept += gradInput.value(i) != 0 ? 1 : 0;
            } else {
                assertEquals(0.0, gradInput.value(i), 0.0, "no gradient to a dropped unit");
            }
        }
        assertTrue(nonZeroKept > 0, "kept units carry gradient");
        int droppedUnit = firstWith(mask, false);
        hover(robot, gradInput, droppedUnit);
        assertTrue(text(robot, "#dropout-hover").startsWith("Unit " + (droppedUnit + 1)
                + " is dropped: dL/dInput = 0 exactly"), text(robot, "#dropout-hover"));
    }

    @Test
    void inInferenceModeTheViewSaysEverythingPasses(FxRobot robot) {
        assertFalse(stepper.trainingProperty().get());
        walkTo(robot, DROPOUT1 + 1);
        String facts = text(robot, "#dropout-facts");
        assertTrue(facts.startsWith("Inference mode: dropout is off, every unit passes unchanged (output = input)"), facts);
        assertTrue(facts.contains("Training mode"), "says where to switch it on: " + facts);
        CellGrid shownMask = grid(robot, "#dropout-mask");
        for (int i = 0; i < shownMask.cellCount(); i++) {
            assertFalse(shownMask.isCrossed(i), "nothing dropped at inference");
        }
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(text(robot, "#dropout-facts").startsWith("推理模式：随机失活关闭"), text(robot, "#dropout-facts"));
    }

    @Test
    void atRelu1TheDeadCountIsTheInputsAtMostZeroAndHoverShowsTheEnginesXAndFx(FxRobot robot) {
        walkTo(robot, RELU1 + 1);
        assertEquals("relu1", text(robot, "#detail-title"));
        LayerTrace trace = stepper.getTrace().layer(RELU1);
        int atMostZero = 0;
        for (double x : trace.input().data()) {
            atMostZero += x <= 0 ? 1 : 0;
        }
        String summary = text(robot, "#activation-summary");
        Matcher count = Pattern.compile("^([\\d,]+) of ([\\d,]+) cells in this layer are dead").matcher(summary);
        assertTrue(count.find(), summary);
        assertEquals(atMostZero, Integer.parseInt(count.group(1).replace(",", "")));
        assertEquals(trace.input().size(), Integer.parseInt(count.group(2).replace(",", "")));

        CellGrid before = grid(robot, "#activation-before");
        for (int i = 0; i < before.cellCount(); i++) {
            assertEquals(trace.input().get(i) <= 0, before.isCrossed(i), "map 1 cell " + i);
        }
        Pattern line = Pattern.compile("^Map 1, row (\\d+), column (\\d+): x = (\\S+), f\\(x\\) = (\\S+), f\u2032\\(x\\) = (\\S+)\\.");
        Node dot = robot.lookup("#activation-plot .hover-dot").query();
        assertFalse(dot.isVisible());
        for (int index : List.of(14 * 28 + 14, 3 * 28 + 20, 20 * 28 + 9)) {
            hover(robot, before, index);
            String hover = text(robot, "#activation-hover");
            Matcher m = line.matcher(hover);
            assertTrue(m.find(), hover);
            assertEquals(index / 28 + 1, Integer.parseInt(m.group(1)));
            assertEquals(index % 28 + 1, Integer.parseInt(m.group(2)));
            assertEquals(trace.input().get(index), ScreenText.parse(m.group(3)), 0.0);
            assertEquals(trace.output().get(index), ScreenText.parse(m.group(4)), 0.0);
            assertEquals(trace.input().get(index) > 0 ? 1.0 : 0.0, ScreenText.parse(m.group(5)), 0.0);
            assertEquals(trace.input().get(index) <= 0, hover.endsWith("Dead: no gradient passes."), hover);
            assertTrue(dot.isVisible(), "the unit's dot is marked on the plot");
            assertFalse(robot.lookup("#activation-summary").query().isVisible(), "the unit's numbers take the count's place");
        }
        robot.moveTo(robot.lookup("#detail-title").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dot.isVisible(), "no unit pointed at, no dot marked");
        assertTrue(robot.lookup("#activation-summary").query().isVisible(), "and the count is back");
    }

    @Test
    void atRelu1AClickOnAThumbnailShowsThatMapBeforeAndAfter(FxRobot robot) {
        walkTo(robot, RELU1 + 1);
        List<FeatureMapView> thumbnails = robot.lookup("#activation-thumbnails .thumbnail")
                .queryAllAs(FeatureMapView.class).stream().toList();
        assertEquals(6, thumbnails.size(), "relu1's six maps");
        assertTrue(thumbnails.get(0).isSelected(), "map 1 is shown at first");
        FeatureMapView fourth = thumbnails.stream().filter(t -> t.getChannel() == 3).findFirst().orElseThrow();
        assertFalse(fourth.isSelected());

        robot.clickOn(fourth);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fourth.isSelected(), "the clicked map is outlined");
        assertEquals(1, thumbnails.stream().filter(FeatureMapView::isSelected).count(), "and only it");
        assertEquals(3, robot.lookup("#network-strip").queryAs(NetworkStrip.class).getSelectedMap(),
                "the strip marks the same map");
        assertEquals("relu1", text(robot, "#detail-title"), "still the same layer");
        LayerTrace trace = stepper.getTrace().layer(RELU1);
        int mapSize = 28 * 28;
        CellGrid before = grid(robot, "#activation-before");
        CellGrid after = grid(robot, "#activation-after");
        for (int i = 0; i < mapSize; i++) {
            assertEquals(trace.input().get(3 * mapSize + i), before.value(i), 0.0, "x of map 4, cell " + i);
            assertEquals(trace.output().get(3 * mapSize + i), after.value(i), 0.0, "f(x) of map 4, cell " + i);
        }
        assertTrue(robot.lookup(".activation-map-box .label").queryAllAs(Label.class).stream()
                .anyMatch(caption -> caption.getText().startsWith("Before: x, map 4 of 6")), "the caption names map 4");
    }

    @Test
    void atRelu1BackwardHoverGivesTheGradientRuleWithTheEnginesNumbers(FxRobot robot) {
        walkTo(robot, 2 * LAYERS + 1 - RELU1);
        LayerTrace trace = stepper.getTrace().layer(RELU1);
        CellGrid gradInput = grid(robot, "#activation-after");
        int index = -1;
        for (int i = 0; i < gradInput.cellCount() && index < 0; i++) {
            if (trace.gradInput().get(i) != 0) {
                index = i;
            }
        }
        assertTrue(index >= 0, "some gradient reaches map 1");
        CellGrid before = grid(robot, "#activation-before");
        hover(robot, before, index);
        double x = trace.input().get(index);
        assertEquals("Map 1, row " + (index / 28 + 1) + ", column " + (index % 28 + 1) + ": x = " + NumberText.full(x)
                + ", f\u2032(x) = 1.0; dL/dInput = dL/dOutput \u00d7 f\u2032(x) = " + NumberText.full(trace.gradOutput().get(index))
                + " \u00d7 1.0 = " + NumberText.full(trace.gradInput().get(index)) + ".", text(robot, "#activation-hover"));
        assertEquals(trace.gradInput().get(index), gradInput.value(index), 0.0);
    }
}
