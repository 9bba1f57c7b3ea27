package org.convscope.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.convscope.data.Stroke;
import org.convscope.data.SyntheticDigits;
import org.convscope.model.ShippedModels;
import org.convscope.ui.BackgroundTasks;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sample's scene, headless, with classification on the test's thread: every pen event has
 * its result on screen by the time the robot returns. The robot draws one stroke and clicks the
 * buttons; replays go through the pad's pen methods, which the mouse handlers call too.
 */
@ExtendWith(ApplicationExtension.class)
class DrawPadTest {
    private DrawingViewModel viewModel;
    private DrawPad pad;
    private DigitPreview preview;
    private ProbabilityBars bars;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        viewModel = new DrawingViewModel(BackgroundTasks.sameThread(), DrawPad.LOGICAL_SIZE,
                ShippedModels.loadLenet5().network());
        stage.setScene(HelloDrawPad.scene(HelloDrawPad.create(viewModel)));
        stage.show();
        pad = (DrawPad) stage.getScene().lookup("#draw-pad");
        preview = (DigitPreview) stage.getScene().lookup("#digit-preview");
        bars = (ProbabilityBars) stage.getScene().lookup("#probability-bars");
    }

    /** A point of the pad on screen, given as a share of its side from its top left corner. */
    private Point2D onPad(double fx, double fy) {
        Node canvas = pad.lookup(".canvas");
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    @Test
    void aStrokeDrawnWithTheMouseUpdatesThePreviewAndTheProbabilities(FxRobot robot) {
        assertTrue(preview.getPreprocessed().empty());
        assertNull(bars.getProbabilities());

        // A "1": one stroke down the middle of the pad.
        robot.moveTo(onPad(0.5, 0.15)).press(MouseButton.PRIMARY).moveTo(onPad(0.52, 0.85)).release(MouseButton.PRIMARY);

        assertEquals(1, pad.getStrokes().size());
        Stroke stroke = pad.getStrokes().get(0);
        assertTrue(stroke.points().size() > 2, "the drag arrived as segments: " + stroke.points().size());
        assertEquals(0.5 * DrawPad.LOGICAL_SIZE, stroke.points().get(0).x(), 3, "logical coordinates");
        assertFalse(preview.getPreprocessed().empty(), "the preview shows the stroke");
        assertFalse(robot.lookup(".nothing-drawn").query().isVisible());
        assertNotNull(bars.getProbabilities());
        assertEquals(1, bars.getTopClass(), "a vertical line is a 1");
        assertTrue(bars.getPseudoClassStates().stream().noneMatch(pc -> pc.getPseudoClassName().equals("empty")));

        robot.clickOn("#clear-pad");
        assertTrue(pad.getStrokes().isEmpty());
        assertTrue(preview.getPreprocessed().empty(), "Clear empties the preview");
        assertNull(bars.getProbabilities(), "and the probabilities");
        assertTrue(robot.lookup(".nothing-drawn").query().isVisible(), "\"nothing drawn\" is shown");
        assertEquals("Nothing drawn", robot.lookup(".nothing-drawn").queryLabeled().getText());
        assertTrue(robot.lookup("#clear-pad").query().isDisabled(), "nothing left to clear");
    }

    @Test
    void undoRemovesTheLastStroke(FxRobot robot) {
        List<Stroke> digit = DrawingViewModelTest.digitOnPad(4, 31);
        robot.interact(() -> digit.forEach(pad::addStroke));
        assertEquals(digit.size(), pad.getStrokes().size());
        List<Double> whole = bars.getProbabilities();

        robot.clickOn("#undo-stroke");
        assertEquals(digit.subList(0, digit.size() - 1), pad.getStrokes());
        assertEquals(digit.subList(0, digit.size() - 1), viewModel.getStrokes(), "the classified drawing follows");
        assertFalse(whole.equals(bars.getProbabilities()), "the probabilities follow");

        // The keys of the UI guide, when the pad has the focus: Ctrl+Z undo stroke, Delete clear.
        robot.interact(pad::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(digit.size() - 2, pad.getStrokes().size());
        robot.push(KeyCode.DELETE);
        assertTrue(pad.isEmpty());
        assertTrue(viewModel.getClassification().empty());
    }

    @Test
    void syntheticDigitsReplayedOnThePadAreReadRight(FxRobot robot) {
        // Three digits with loops, corners and several strokes: every pen event is classified at once
        // here (about 100 per digit). DrawingViewModelTest reads twenty more without the pad.
        for (int index : new int[] {0, 5, 8}) {
            List<Stroke> digit = DrawingViewModelTest.digitOnPad(index, 8080);
            robot.interact(() -> {
                pad.clear();
                for (Stroke s : digit) {
                    List<Stroke.Point> pts = s.points();
                    pad.setPenWidth(s.width());
                    pad.penDown(pts.get(0));
                    pts.subList(1, pts.size()).forEach(pad::penMove);
                    pad.penUp();
                }
            });
            assertEquals(SyntheticDigits.label(index), viewModel.getPredictedClass(), "digit " + index);
            assertEquals(SyntheticDigits.label(index), bars.getTopClass(), "digit " + index + " highlighted");
        }
    }
}
