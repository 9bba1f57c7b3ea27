package org.convscope.ui.detail;

import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Tensor;
import org.convscope.ui.MainWindow;
import org.convscope.ui.Messages;
import org.convscope.ui.ShippedModelWindow;
import org.convscope.ui.detail.PoolingCanvas.Part;
import org.junit.jupiter.api.AfterEach;
import org.convscope.ui.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pooling view in the main window, headless, on the shipped LeNet-5 and a drawn 2: the
 * winners it marks are the engine's routes, the formula under the pointer ends in the engine's
 * output, and backward the dL/dInput it shows is the engine's, non-zero only at the winners.
 */
@ExtendWith(ApplicationExtension.class)
class PoolingDetailScreenTest {
    private static final int MAXPOOL1 = 2;
    // "Output, row 4, column 6: max(0.120, 0.800, 0.310, 0.0500) = 0.800 (exact value 0.80012)"
    private static final Pattern MAX_LINE = Pattern.compile(
            "^Output, row (\\d+), column (\\d+): max\\(([^)]*)\\) = (\\S+) \\(exact value (\\S+)\\)$");

    private LayerDetailPane pane;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, true);
        ShippedModelWindow.draw(stage, 2);
        pane = (LayerDetailPane) stage.getScene().lookup("#layer-detail");
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            window.appearance().setPresenterMode(false);
        });
    }

    @Test
    void inPresenterModeEveryTextOfTheViewIsAtLeast18Px(FxRobot robot) {
        stepToMaxpool1(robot, false);
        robot.interact(() -> window.appearance().setPresenterMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        for (String part : List.of(".map-caption", ".explanation", ".legend-title", ".thumbnails-title", ".hover-value")) {
            var labels = robot.lookup(".pooling-detail-view " + part).queryAllAs(Label.class);
            assertTrue(!labels.isEmpty(), "the view has a " + part);
            for (Label label : labels) {
                assertTrue(label.getFont().getSize() >= 18, part + " is " + label.getFont().getSize() + " px");
            }
        }
        double checkBox = view().whatIfToggle().getFont().getSize();
        assertTrue(checkBox >= 18, "the what-if is " + checkBox + " px");
    }

    private LayerDetail detail() {
        return pane.getModel().getDetail();
    }

    private PoolingDetailView view() {
        return assertInstanceOf(PoolingDetailView.class, ((LayerDetailPaneSkin) pane.getSkin()).view());
    }

    /** Steps with the Right key until the panel shows maxpool1 (forward, or backward once gradients are shown). */
    private LayerTrace stepToMaxpool1(FxRobot robot, boolean backward) {
        for (int i = 0; i < 40; i++) {
            robot.push(KeyCode.RIGHT);
            LayerDetail d = detail();
            if (d.layerIndex() == MAXPOOL1 && d.gradients() == backward && d.status() == LayerDetail.Status.SHOWN) {
                return pane.getModel().traceProperty().get().layer(MAXPOOL1);
            }
        }
        throw new AssertionError("never reached maxpool1, backward " + backward);
    }

    private static void hover(FxRobot robot, PoolingCanvas canvas, Part part, int row, int col) {
        // After a step the panel settles over a few pulses (scroll pane, whole-cell boxes); a picture
        // redrawn meanwhile forgets what was pointed at: let it settle before pointing.
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Point2D local = canvas.cellCenter(part, row, col);
        // Off the maps first: a pointer already resting on the target would send no move event.
        robot.moveTo(canvas.localToScreen(-4, -4));
        robot.moveTo(canvas.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String hoverLine(FxRobot robot) {
        return ScreenText.plain(robot.lookup("#pooling-hover").queryAs(Label.class).getText());
    }

    @Test
    void atMaxpool1TheMarkedWinnersAreTheEnginesRoutesAndTheFormulaGivesTheOutput(FxRobot robot) {
        LayerTrace trace = stepToMaxpool1(robot, false);
        robot.interact(() -> pane.getModel().selectMap(3));
        PoolingCanvas canvas = view().canvas();
        PoolRoutes routes = (PoolRoutes) trace.extra().orElseThrow();
        int mapSize = trace.inputShape().mapSize();
        boolean[] expected = new boolean[mapSize];
        for (int oy = 0; oy < trace.outputShape().height(); oy++) {
            for (int ox = 0; ox < trace.outputShape().width(); ox++) {
                expected[routes.sourceOf(3, oy, ox) - 3 * mapSize] = true;
            }
        }
        boolean[] marked = canvas.markedWinners();
        assertNotNull(marked);
        for (int i = 0; i < mapSize; i++) {
            assertEquals(expected[i], marked[i], "input cell " + i + " of map 4");
        }

        // The output cell with the largest value: a window with a clear winner, not a tie of zeros.
        Tensor out = trace.output();
        int best = 0;
        for (int i = 1; i < out.shape().mapSize(); i++) {
            if (out.get(3 * out.shape().mapSize() + i) > out.get(3 * out.shape().mapSize() + best)) {
                best = i;
            }
        }
        int oy = best / out.shape().width();
        int ox = best % out.shape().width();
        hover(robot, canvas, Part.OUTPUT_SIDE, oy, ox);
        String line = hoverLine(robot);
        Matcher m = MAX_LINE.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(oy + 1, Integer.parseInt(m.group(1)));
        assertEquals(ox + 1, Integer.parseInt(m.group(2)));
        assertEquals(4, m.group(3).split(", ").length, "the 2 x 2 window's four values: " + line);
        double maxOfShown = List.of(m.group(3).split(", ")).stream().mapToDouble(ScreenText::parse).max().orElseThrow();
        assertEquals(ScreenText.parse(m.group(4)), maxOfShown, 0.0, "the result is the largest value shown");
        assertEquals(out.get(3, oy, ox), ScreenText.parse(m.group(5)), 0.0, "the exact value is the engine's output");

        int winner = routes.sourceOf(3, oy, ox) - 3 * mapSize;
        hover(robot, canvas, Part.INPUT_SIDE, winner / 28, winner % 28);
        assertTrue(hoverLine(robot).contains("The largest in its window: it goes on to output row " + (oy + 1)
                + ", column " + (ox + 1)), hoverLine(robot));

        robot.interact(() -> view().whatIfToggle().setSelected(true));
        double[] whatIf = canvas.values(Part.WHAT_IF);
        assertNotNull(whatIf, "the what-if adds average pooling's map");
        double sum = trace.input().get(3, 2 * oy, 2 * ox) + trace.input().get(3, 2 * oy, 2 * ox + 1)
                + trace.input().get(3, 2 * oy + 1, 2 * ox) + trace.input().get(3, 2 * oy + 1, 2 * ox + 1);
        assertEquals(sum / 4, whatIf[best], 1e-12);
        assertEquals(out.get(3, oy, ox), canvas.values(Part.OUTPUT_SIDE)[best], 0.0, "the model's output is unchanged");
    }

    @Test
    void atMaxpool1BackwardDlDInputIsTheEnginesAndNonZeroOnlyAtWinners(FxRobot robot) {
        LayerTrace trace = stepToMaxpool1(robot, true);
        PoolingCanvas canvas = view().canvas();
        int map = detail().map();
        double[] shown = canvas.values(Part.INPUT_SIDE);
        double[] engine = trace.gradInput().map(map);
        boolean[] winners = canvas.markedWinners();
        int nonZero = 0;
        for (int i = 0; i < shown.length; i++) {
            assertEquals(engine[i], shown[i], 0.0, "dL/dInput cell " + i);
            if (shown[i] != 0) {
                nonZero++;
                assertTrue(winners[i], "a non-zero gradient at cell " + i + ", which won no window");
            }
        }
        assertTrue(nonZero > 0, "some gradient reaches the input");

        PoolRoutes routes = (PoolRoutes) trace.extra().orElseThrow();
        int mapSize = trace.inputShape().mapSize();
        // The output cell with the largest |gradient|.
        int best = 0;
        Tensor g = trace.gradOutput();
        for (int i = 1; i < mapSize / 4; i++) {
            if (Math.abs(g.get(map * mapSize / 4 + i)) > Math.abs(g.get(map * mapSize / 4 + best))) {
                best = i;
            }
        }
        int oy = best / 14;
        int ox = best % 14;
        hover(robot, canvas, Part.OUTPUT_SIDE, oy, ox);
        int winner = routes.sourceOf(map, oy, ox) - map * mapSize;
        String line = hoverLine(robot);
        assertTrue(line.contains("goes to the winner (row " + (winner / 28 + 1) + ", column " + (winner % 28 + 1)
                + "); the other 3 cells get 0"), line);
        assertTrue(line.endsWith("Exact value " + NumberText.full(g.get(map, oy, ox))), line);

        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(hoverLine(robot).startsWith("梯度 dL/dOutput，第 " + (oy + 1) + " 行"), hoverLine(robot));
    }
}
