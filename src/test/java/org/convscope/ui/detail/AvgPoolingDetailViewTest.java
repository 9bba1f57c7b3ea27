package org.convscope.ui.detail;

import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.ReLU;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.detail.PoolingCanvas.Part;
import org.convscope.ui.maps.NetworkStrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pooling view on an average-pooling layer (LeNet-5 has none, so a small network with one):
 * backward, every cell of a window shows the gradient / k^2 the engine gave it, and the pointer on
 * a dL/dOutput cell prints the split with its numbers.
 */
@ExtendWith(ApplicationExtension.class)
class AvgPoolingDetailViewTest {
    private static final int AVGPOOL = 2;

    private LayerDetailViewModel model;
    private LayerDetailPane pane;
    private PassTrace pass;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        NetworkSpec spec = new NetworkSpec(Presets.DIGIT, List.of(new Conv2D.Spec(4, 5, 2), new ReLU.Spec(),
                new AvgPool2D.Spec(2), new Flatten.Spec(), new Dense.Spec(10)));
        Network network = Network.build(spec, new Rng(5));
        pass = network.trace(SyntheticDigits.input(3, 7), 3, Mode.INFERENCE);
        pane = DetailPaneStage.show(stage, network, pass, LayerDetailViews.standard(), 900, 500);
        model = pane.getModel();
    }

    private PoolingCanvas canvas() {
        return assertInstanceOf(PoolingDetailView.class, DetailPaneStage.view(pane)).canvas();
    }

    @Test
    void backwardEachCellGetsTheGradientOverKSquared(FxRobot robot) {
        robot.interact(() -> {
            model.showGradientsProperty().set(true);
            model.select(AVGPOOL, 1);
        });
        LayerTrace trace = pass.layer(AVGPOOL);
        Tensor gradOut = trace.gradOutput();
        double[] shown = canvas().values(Part.INPUT_SIDE);
        assertNull(canvas().markedWinners(), "average pooling has no winners");
        int nonZero = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertEquals(gradOut.get(1, y / 2, x / 2) / 4, shown[y * 28 + x], 1e-12, "cell " + y + ", " + x);
                assertEquals(trace.gradInput().get(1, y, x), shown[y * 28 + x], 0.0, "the engine's own dL/dInput");
                nonZero += shown[y * 28 + x] != 0 ? 1 : 0;
            }
        }
        assertTrue(nonZero > 100, "the gradient spreads over every window, " + nonZero + " cells");

        robot.moveTo(canvas().localToScreen(-4, -4)); // off the maps first: a resting pointer sends no move event
        robot.moveTo(canvas().localToScreen(canvas().cellCenter(Part.OUTPUT_SIDE, 6, 7)));
        WaitForAsyncUtils.waitForFxEvents();
        String line = ScreenText.plain(robot.lookup("#pooling-hover").queryAs(Label.class).getText());
        double g = gradOut.get(1, 6, 7);
        assertTrue(line.startsWith("dL/dOutput, row 7, column 8: "), line);
        assertTrue(line.contains(" / 4 = "), line);
        assertTrue(line.endsWith("Exact value " + NumberText.full(g)), line);
    }

    @Test
    void forwardTheFormulaIsTheMeanAndThereIsNoWhatIf(FxRobot robot) {
        robot.interact(() -> model.select(AVGPOOL, NetworkStrip.NONE));
        PoolingDetailView view = assertInstanceOf(PoolingDetailView.class, DetailPaneStage.view(pane));
        assertFalse(view.whatIfToggle().isVisible(), "the what-if is average pooling: nothing to compare here");
        Tensor out = pass.layer(AVGPOOL).output();
        robot.moveTo(canvas().localToScreen(-4, -4)); // off the maps first: a resting pointer sends no move event
        robot.moveTo(canvas().localToScreen(canvas().cellCenter(Part.OUTPUT_SIDE, 7, 5)));
        WaitForAsyncUtils.waitForFxEvents();
        String line = ScreenText.plain(robot.lookup("#pooling-hover").queryAs(Label.class).getText());
        assertTrue(line.startsWith("Output, row 8, column 6: ("), line);
        assertTrue(line.contains(") / 4 = "), line);
        assertTrue(line.endsWith("(exact value " + NumberText.full(out.get(0, 7, 5)) + ")"), line);
    }
}
