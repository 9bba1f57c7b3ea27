package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Stepper;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.draw.PadDigits;
import org.convscope.ui.draw.ProbabilityBars;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.stepper.StepperViewModel;
import org.convscope.ui.stepper.UpdateOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main screen wired together, headless: a digit replayed onto the pad is classified, becomes
 * the stepper's input, and the keys and buttons step it through the whole pass to an update.
 * Engine work runs on the test's thread, so every answer is there when the action returns.
 */
@ExtendWith(ApplicationExtension.class)
class MainScreenTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, false);
    }

    @Test
    void aDrawnDigitIsClassifiedSteppedThroughAndLearnedFrom(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        NetworkStrip strip = robot.lookup("#network-strip").queryAs(NetworkStrip.class);
        ProbabilityBars bars = robot.lookup("#probability-bars").queryAs(ProbabilityBars.class);
        Button next = robot.lookup("#step-next").queryButton();
        Label status = robot.lookup("#step-status").queryAs(Label.class);
        for (var node : List.of(pad, strip, bars)) {
            assertTrue(node.isVisible() && node.getWidth() > 50 && node.getHeight() > 50, node.getId() + " is on screen");
        }
        assertTrue(next.isDisabled(), "nothing drawn, nothing to step");
        assertEquals(13, strip.getNetwork().layers().size(), "the strip shows the loaded LeNet-5");

        int index = 5;
        robot.interact(() -> PadDigits.strokes(index).forEach(pad::addStroke));
        int label = SyntheticDigits.label(index);
        assertEquals(label, bars.getTopClass(), "the bars show the drawn class");
        assertFalse(next.isDisabled(), "a drawn digit can be stepped through");
        String before = status.getText();

        StepperViewModel stepper = window.stepper();
        int total = stepper.getTotalSteps();
        robot.push(KeyCode.RIGHT);
        assertEquals(1, stepper.getPosition(), "Right is Next");
        assertEquals(0, strip.getHighlightedLayer(), "the first layer lights up");
        assertNotEquals(before, status.getText(), "the status line follows the pass");
        robot.clickOn(next);
        assertEquals(2, stepper.getPosition(), "the Next button steps too");
        robot.push(KeyCode.LEFT);
        assertEquals(1, stepper.getPosition(), "Left is Previous");
        for (int i = 1; i < total; i++) {
            robot.push(KeyCode.SPACE);
        }
        assertEquals(total, stepper.getPosition(), "Space walks to the end of the pass");
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertTrue(strip.isShowGradients(), "the backward pass shows gradients");
        assertTrue(next.isDisabled(), "nothing after the end");

        Button apply = robot.lookup("#apply-update").queryButton();
        assertFalse(apply.isDisabled());
        double barBefore = bars.getProbabilities().get(label);
        robot.interact(apply::fire);
        UpdateOutcome outcome = stepper.getLastUpdate();
        assertEquals(label, outcome.label(), "the predicted class is the target");
        assertTrue(outcome.change() > 0, "the update raises the target's probability: " + outcome);
        assertTrue(bars.getProbabilities().get(label) > barBefore, "the bars are reclassified with the new weights");

        robot.interact(robot.lookup("#restore-model").queryButton()::fire);
        assertEquals(barBefore, bars.getProbabilities().get(label), 1e-12, "Restore brings the shipped weights back");
        robot.push(KeyCode.R);
        assertEquals(0, stepper.getPosition(), "R resets the pass");
    }
}
