package org.convscope.ui.detail;

import org.convscope.ui.MathText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Rng;
import org.convscope.engine.Shape;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.convscope.ui.maps.NetworkStrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kernels of a layer with more input channels than fit in a row (a deeper layer's 3 x 3 x 10):
 * each tile wraps its slices after eight, and the weight under the pointer in the second row is
 * still the right one.
 */
@ExtendWith(ApplicationExtension.class)
class KernelBankViewTest {
    private static final Shape INPUT = Shape.of(10, 9, 9);

    private LayerTrace conv;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        Network network = Network.build(new NetworkSpec(INPUT,
                List.of(new Conv2D.Spec(3, 3, 1, 0), new Flatten.Spec(), new Dense.Spec(2))), new Rng(3));
        Rng rng = new Rng(4);
        double[] values = new double[INPUT.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble();
        }
        Stepper stepper = new Stepper(network, Tensor.of(INPUT, values), Stepper.PREDICTED, Mode.INFERENCE);
        conv = stepper.next().layer(0);
        DetailPaneStage.show(stage, network, stepper.current(), LayerDetailViews.standard(), 900, 700).getModel()
                .select(0, NetworkStrip.NONE);
    }

    @Test
    void slicesWrapAfterEightAndThePointerFindsTheWeightInTheSecondRow(FxRobot robot) throws TimeoutException {
        Pane tile = (Pane) robot.lookup("#kernel-tiles").queryAs(Pane.class).getChildren().get(1);
        Canvas canvas = (Canvas) tile.getChildren().get(1);
        ScrollPane scroll = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1)); // the kernels are at the bottom of the view
        WaitForAsyncUtils.waitForFxEvents(3);
        double cell = (canvas.getHeight() - 2) / 6; // two rows of 3 x 3 slices, 2 px apart
        assertEquals(8 * 3 * cell + 7 * 2, canvas.getWidth(), 1e-9, "eight slices to a row");

        // Channel 10 is the second slice of the second row; its weight at row 3, column 1.
        double x = (3 * cell + 2) + 0.5 * cell;
        double y = (3 * cell + 2) + 2.5 * cell;
        robot.moveTo(canvas.localToScreen(x, y - cell));
        robot.moveTo(canvas.localToScreen(x, y));
        double weight = conv.params().get(0).value().get(((1 * 10 + 9) * 3 + 2) * 3);
        String expected = "Kernel 2, channel 10, row 3, column 1: w = " + NumberText.full(weight);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> MathText.glue(expected).equals(robot.lookup("#kernel-bank-hover").queryAs(Label.class).getText()));
    }
}
