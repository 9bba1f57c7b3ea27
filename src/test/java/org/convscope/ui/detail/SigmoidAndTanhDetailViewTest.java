package org.convscope.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.LayerTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Param;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.Sigmoid;
import org.convscope.engine.layer.Tanh;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The activation view on sigmoid and tanh layers (the shipped networks use only ReLU): a small
 * network with a sigmoid after its convolution (maps) and a tanh after its dense layer (a vector of
 * neurons). The view plots the right function, and crosses out exactly the units whose derivative,
 * worked out from the engine's own outputs, is below 0.01, forward and backward.
 */
@ExtendWith(ApplicationExtension.class)
class SigmoidAndTanhDetailViewTest {
    private static final int SIGMOID = 1;
    private static final int TANH = 5;
    // Random weights give pre-activations near 0, where nothing saturates; weights this much larger
    // (as after training with too high a learning rate) push many units far out on the flat ends.
    private static final double WEIGHT_SCALE = 12;

    private LayerDetailViewModel model;
    private LayerDetailPane pane;
    private PassTrace pass;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        NetworkSpec spec = new NetworkSpec(Presets.DIGIT, List.of(new Conv2D.Spec(4, 5, 2), new Sigmoid.Spec(),
                new MaxPool2D.Spec(2), new Flatten.Spec(), new Dense.Spec(16), new Tanh.Spec(), new Dense.Spec(10)));
        Network network = Network.build(spec, new Rng(9));
        for (Param param : network.params()) {
            if (param.name().equals("weights")) {
                double[] larger = param.value().clone();
                for (int i = 0; i < larger.length; i++) {
                    larger[i] *= WEIGHT_SCALE;
                }
                param.setValues(larger);
            }
        }
        pass = network.trace(SyntheticDigits.input(4, 7), 4, Mode.INFERENCE);
        pane = DetailPaneStage.show(stage, network, pass, LayerDetailViews.standard(), 1000, 600);
        model = pane.getModel();
    }

    private ActivationDetailView view() {
        return assertInstanceOf(ActivationDetailView.class, DetailPaneStage.view(pane));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The curve drawn is f and f' of the layer's function, by its textbook formula. */
    private static void assertPlots(ActivationPlot plot, DoubleUnaryOperator f, DoubleUnaryOperator derivative,
            LayerTrace trace) {
        ActivationFacts.Curve curve = plot.curve();
        assertArrayEquals(ActivationFacts.plotRange(trace.input().min(), trace.input().max()), plot.xRange(), 0.0,
                "the plot spans this digit's pre-activations");
        for (int i = 0; i < curve.x().length; i++) {
            double x = curve.x()[i];
            assertEquals(f.applyAsDouble(x), curve.f()[i], 1e-12, "f(" + x + ")");
            assertEquals(derivative.applyAsDouble(x), curve.derivative()[i], 1e-12, "f'(" + x + ")");
        }
    }

    /**
     * Units of map {@code map} crossed out in the "before" grid, and backward in the dL/dInput grid,
     * are those whose f'(x), from the engine's output y, is below 0.01; returns how many in the layer.
     */
    private static int assertSaturatedMarked(CellGrid grid, LayerTrace trace, int map,
            DoubleUnaryOperator derivativeFromOutput) {
        int perMap = grid.cellCount();
        for (int i = 0; i < perMap; i++) {
            double y = trace.output().get(map * perMap + i);
            assertEquals(Math.abs(derivativeFromOutput.applyAsDouble(y)) < 0.01, grid.isCrossed(i),
                    "unit " + i + " of map " + (map + 1) + ", y = " + y);
        }
        int inLayer = 0;
        for (double y : trace.output().data()) {
            inLayer += Math.abs(derivativeFromOutput.applyAsDouble(y)) < 0.01 ? 1 : 0;
        }
        return inLayer;
    }

    private static int countInSummary(FxRobot robot, String pattern) {
        String summary = robot.lookup("#activation-summary").queryAs(Label.class).getText();
        Matcher m = Pattern.compile(pattern).matcher(summary);
        assertTrue(m.find(), summary);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void sigmoidForwardAndBackwardPlotsTheSigmoidAndCrossesOutTheSaturatedCells(FxRobot robot) {
        DoubleUnaryOperator fromOutput = y -> y * (1 - y);
        LayerTrace trace = pass.layer(SIGMOID);
        robot.interact(() -> model.select(SIGMOID, 2));
        ActivationDetailView view = view();
        assertPlots(view.plot(), SigmoidAndTanhDetailViewTest::sigmoid, x -> sigmoid(x) * (1 - sigmoid(x)), trace);
        int saturated = assertSaturatedMarked(view.beforeGrid(), trace, 2, fromOutput);
        assertTrue(saturated > 0 && saturated < trace.output().size(), "some cells saturated, not all: " + saturated);
        assertEquals(saturated, view.noGradientCount());
        assertEquals(saturated, countInSummary(robot, "^([\\d,]+) of 3,136 cells in this layer are saturated"));

        robot.interact(() -> model.showGradientsProperty().set(true));
        assertEquals(trace.gradInput().get(2 * 784 + 400), view().afterGrid().value(400), 0.0, "dL/dInput, the engine's");
        assertSaturatedMarked(view().afterGrid(), trace, 2, fromOutput);
        assertSaturatedMarked(view().beforeGrid(), trace, 2, fromOutput);
        assertPlots(view().plot(), SigmoidAndTanhDetailViewTest::sigmoid, x -> sigmoid(x) * (1 - sigmoid(x)), trace);
    }

    @Test
    void tanhForwardAndBackwardPlotsTanhAndCrossesOutTheSaturatedNeurons(FxRobot robot) {
        DoubleUnaryOperator fromOutput = y -> 1 - y * y;
        LayerTrace trace = pass.layer(TANH);
        robot.interact(() -> model.select(TANH, 0));
        ActivationDetailView view = view();
        assertPlots(view.plot(), Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x), trace);
        assertEquals(16, view.beforeGrid().cellCount(), "a vector: all 16 neurons in one grid");
        int saturated = assertSaturatedMarked(view.beforeGrid(), trace, 0, fromOutput);
        assertTrue(saturated > 0 && saturated < 16, "some neurons saturated, not all: " + saturated);
        assertEquals(saturated, countInSummary(robot, "^(\\d+) of 16 units in this layer are saturated"));

        robot.interact(() -> model.showGradientsProperty().set(true));
        for (int i = 0; i < 16; i++) {
            assertEquals(trace.gradInput().get(i), view().afterGrid().value(i), 0.0, "dL/dInput of neuron " + i);
        }
        assertSaturatedMarked(view().afterGrid(), trace, 0, fromOutput);
        assertPlots(view().plot(), Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x), trace);
    }
}
