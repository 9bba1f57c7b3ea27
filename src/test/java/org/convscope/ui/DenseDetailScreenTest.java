package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.engine.LayerTrace;
import org.convscope.ui.detail.DenseExplanation;
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
 * The dense layer's detail view in the main screen, on the shipped LeNet-5 and a generated digit:
 * the weighted sum it writes out ends in the engine's output, the hovered matrix cell is the
 * engine's weight, and backward the weight gradient is dL/dy x input as the engine has it.
 */
@ExtendWith(ApplicationExtension.class)
class DenseDetailScreenTest {
    /** dense3 in LeNet-5: forward at step 13, backward at step 15 (the loss is step 14). */
    private static final int DENSE3 = 12;

    private MainWindow window;
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, true);
        stepper = window.stepper();
        ShippedModelWindow.draw(stage, 5);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    @Test
    void theWrittenOutSumEndsInTheEnginesOutputAndTheHoveredCellIsItsWeight(FxRobot robot) {
        stepTo(robot, DENSE3 + 1);
        LayerTrace trace = stepper.getTrace().layer(DENSE3);
        DenseExplanation dense = DenseExplanation.of(trace);
        int best = 0;
        for (int j = 1; j < dense.units(); j++) {
            best = dense.output(j) > dense.output(best) ? j : best;
        }
        String formula = ScreenText.plain(text(robot, "#dense-formula"));
        assertTrue(formula.startsWith("Unit " + (best + 1) + ": 84 products"), formula);
        assertTrue(formula.endsWith(" = " + NumberText.sig3(trace.output().get(best))), "ends in the engine's y: " + formula);
        assertEquals(dense.output(best), dense.weightedSum(best) + dense.bias(best), 1e-9, "sum + bias = y");

        FeatureMapView matrix = robot.lookup("#dense-weight-matrix").queryAs(FeatureMapView.class);
        MapPointer.hover(robot, matrix, 3, 40);
        double weight = trace.params().get(0).value().get(3 * 84 + 40);
        assertEquals("Unit 4, input 41: w = " + NumberText.full(weight) + ", x = " + NumberText.full(trace.input().get(40)),
                text(robot, "#dense-hover"));
        assertTrue(text(robot, "#dense-formula").startsWith("Unit 4: "), "the formula follows the hovered row");
        assertTrue(text(robot, "#dense-formula").endsWith(" = " + NumberText.sig3(trace.output().get(3))));
    }

    @Test
    void backwardAWeightsGradientIsTheUnitsGradientTimesItsInput(FxRobot robot) {
        stepTo(robot, DENSE3 + 3);
        LayerTrace trace = stepper.getTrace().layer(DENSE3);
        assertTrue(trace.hasBackward());
        FeatureMapView matrix = robot.lookup("#dense-weight-matrix").queryAs(FeatureMapView.class);
        MapPointer.hover(robot, matrix, 2, 7);
        double grad = trace.params().get(0).grad().get(2 * 84 + 7);
        assertEquals(trace.gradOutput().get(2) * trace.input().get(7), grad, 1e-15, "the engine: dL/dw = dL/dy x x");
        assertEquals("Unit 3, input 8: dL/dw = " + NumberText.full(grad) + ", x = " + NumberText.full(trace.input().get(7)),
                text(robot, "#dense-hover"));
        assertTrue(text(robot, "#dense-formula").contains("dL/dy = " + NumberText.sig3(trace.gradOutput().get(2))));
    }

    private void stepTo(FxRobot robot, int position) {
        robot.interact(() -> {
            while (stepper.getPosition() < position) {
                stepper.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A label's text without the glue that keeps its formulas on one line (MathTextTest checks that). */
    private static String text(FxRobot robot, String id) {
        return ScreenText.plain(robot.lookup(id).queryAs(Label.class).getText());
    }

}
