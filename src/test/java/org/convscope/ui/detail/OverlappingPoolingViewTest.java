package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.PassTrace;
import org.convscope.engine.PoolRoutes;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ReLU;
import org.convscope.ui.Messages;
import org.convscope.ui.detail.PoolingCanvas.Part;
import org.convscope.ui.detail.PoolingWalkthrough.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Overlapping max pooling (3 x 3 windows every 2 cells) in the pooling view: the windows come from
 * the layer's own window and stride, the marked winners are the engine's routes, and a cell that
 * won several windows shows the sum of their gradients, as the engine computes it.
 */
@ExtendWith(ApplicationExtension.class)
class OverlappingPoolingViewTest {
    private static final int POOL = 2;

    private LayerDetailViewModel model;
    private LayerDetailPane pane;
    private PassTrace pass;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        NetworkSpec spec = new NetworkSpec(Shape.of(1, 13, 13), List.of(new Conv2D.Spec(2, 3, 1), new ReLU.Spec(),
                new MaxPool2D.Spec(3, 2), new Flatten.Spec(), new Dense.Spec(10)));
        Network network = Network.build(spec, new Rng(4));
        double[] image = new double[13 * 13];
        Rng rng = new Rng(9);
        for (int i = 0; i < image.length; i++) {
            image[i] = rng.nextDouble();
        }
        pass = network.trace(Tensor.wrap(Shape.of(1, 13, 13), image), 3, Mode.INFERENCE);
        pane = DetailPaneStage.show(stage, network, pass, LayerDetailViews.standard(), 700, 420);
        model = pane.getModel();
    }

    private PoolingDetailView view() {
        return assertInstanceOf(PoolingDetailView.class, DetailPaneStage.view(pane));
    }

    @Test
    void winnersAndGradientsFollowTheOverlappingWindows(FxRobot robot) {
        robot.interact(() -> {
            model.showGradientsProperty().set(true);
            model.select(POOL, 0);
        });
        LayerTrace trace = pass.layer(POOL);
        PoolingWalkthrough walk = view().walkthrough();
        assertEquals(3, walk.window());
        assertEquals(2, walk.stride());
        assertEquals(List.of(new Cell(0, 0), new Cell(0, 1), new Cell(1, 0), new Cell(1, 1)),
                walk.windowsHolding(2, 2), "cell (2, 2) lies in four windows");

        PoolRoutes routes = (PoolRoutes) trace.extra().orElseThrow();
        boolean[] expected = new boolean[13 * 13];
        for (int o = 0; o < 36; o++) {
            expected[routes.sourceOf(o)] = true; // map 0: flat input index is the map's index
        }
        assertArrayEquals(expected, view().canvas().markedWinners());
        double[] shown = view().canvas().values(Part.INPUT_SIDE);
        assertArrayEquals(trace.gradInput().map(0), shown, 0.0, "the engine's dL/dInput is shown");
        assertArrayEquals(shown, walk.splitGradient(), 1e-15, "and the routes explain it");

        // A cell that won more than one window: its gradient is the sum, and the pointer says so.
        for (int i = 0; i < shown.length; i++) {
            List<Cell> won = walk.windowsWonBy(i / 13, i % 13);
            if (won.size() > 1) {
                double sum = won.stream().mapToDouble(o -> walk.gradOutput(o.row(), o.col())).sum();
                assertEquals(sum, shown[i], 1e-15);
                PoolingCanvas canvas = view().canvas();
                robot.moveTo(canvas.localToScreen(-4, -4)); // off the maps first: a resting pointer sends no move event
                robot.moveTo(canvas.localToScreen(canvas.cellCenter(Part.INPUT_SIDE, i / 13, i % 13)));
                WaitForAsyncUtils.waitForFxEvents();
                String line = robot.lookup("#pooling-hover").queryAs(Label.class).getText();
                assertTrue(line.contains("won " + won.size() + " overlapping windows"), line);
                return;
            }
        }
        throw new AssertionError("with these seeds some cell wins two overlapping windows; none did");
    }
}
