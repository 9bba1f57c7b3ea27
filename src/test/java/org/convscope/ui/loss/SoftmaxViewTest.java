package org.convscope.ui.loss;

import org.convscope.ui.MathText;
import org.convscope.ui.ScreenText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.LossTrace;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.model.ShippedModels;
import org.convscope.ui.Messages;
import org.convscope.ui.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The softmax and loss step against the engine's own numbers, and as the view shows them. */
@ExtendWith(ApplicationExtension.class)
class SoftmaxViewTest {
    private SoftmaxView view;
    private LossTrace trace;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Network network = ShippedModels.loadLenet5().network();
        // A wrong target, as a student's "this is a 4": a loss and gradients worth reading.
        trace = network.trace(SyntheticDigits.input(3, 8080), 4, Mode.INFERENCE).loss();
        view = new SoftmaxView();
        view.setExplanation(SoftmaxExplanation.of(trace));
        Scene scene = new Scene(view, 640, 420);
        // The app's theme: the looked-up colours (accent, muted text) the view's stylesheet uses.
        scene.getStylesheets().add(Messages.class.getResource("convscope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    @Test
    void theExplanationsNumbersAreTheEnginesAndAddUp() {
        SoftmaxExplanation e = SoftmaxExplanation.of(trace);
        double sumOfP = 0;
        for (int c = 0; c < e.classes(); c++) {
            assertEquals(e.probability(c), e.exponential(c) / e.sum(), 1e-15, "p = e / sum for class " + c);
            assertEquals(trace.probabilities().get(c), e.probability(c), 0);
            assertEquals(e.probability(c) - (c == 4 ? 1 : 0), e.gradient(c), 1e-15, "p - onehot");
            assertTrue(e.exponential(c) <= 1, "e^(z - max) never exceeds 1");
            sumOfP += e.probability(c);
        }
        assertEquals(1, sumOfP, 1e-12, "the probabilities sum to 1");
        assertEquals(-Math.log(e.probability(4)), e.loss(), 1e-12, "loss = -log p(target)");
        assertEquals(3, e.predicted(), "the model reads the generated 3");
    }

    @Test
    void theTableShowsEveryClassWithThreeDigitsAndTheTargetMarked(FxRobot robot) {
        SoftmaxExplanation e = view.getExplanation();
        for (int c = 0; c < 10; c++) {
            Label classCell = robot.lookup("#softmax-class-" + c).queryAs(Label.class);
            assertEquals(Integer.toString(c), classCell.getText());
            assertEquals(c == 4, classCell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("target")));
            assertEquals(c == 3, classCell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("predicted")));
        }
        String loss = robot.lookup("#softmax-loss").queryAs(Label.class).getText();
        assertEquals(MathText.glue("Loss = \u2212ln p(4) = \u2212ln " + NumberText.sig3(e.probability(4)) + " = " + NumberText.sig3(e.loss())),
                loss);
        assertTrue(robot.lookup("#softmax-sum").queryAs(Label.class).getText().endsWith("add up to 1.00"));
        assertTrue(robot.lookup("#softmax-backward").queryAs(Label.class).getText()
                .startsWith(MathText.glue("Backward: the target 4 gets p \u2212 1 = " + NumberText.sig3(e.gradient(4)))));
    }

    @Test
    void pointingAtARowPrintsItsExactValuesInEitherLanguage(FxRobot robot) {
        SoftmaxExplanation e = view.getExplanation();
        Label hover = robot.lookup("#softmax-hover").queryAs(Label.class);
        assertEquals("Point at a row to read its exact values.", hover.getText());
        robot.moveTo("#softmax-class-4");
        assertEquals(MathText.glue("Class 4: z = " + NumberText.full(e.logit(4)) + ", e^(z \u2212 max) = " + NumberText.full(e.exponential(4))
                + ", p = " + NumberText.full(e.probability(4)) + ", dL/dz = " + NumberText.full(e.gradient(4))), hover.getText());
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(MathText.glue("交叉熵损失 = \u2212ln p(4) = \u2212ln " + NumberText.sig3(e.probability(4)) + " = " + NumberText.sig3(e.loss())),
                robot.lookup("#softmax-loss").queryAs(Label.class).getText(), "the language switches at once");
        robot.moveTo("#softmax-class-7");
        assertTrue(ScreenText.plain(hover.getText()).startsWith("类别 7：z = " + NumberText.full(e.logit(7))), hover.getText());
    }

    @Test
    void withoutALossItSaysWhereToGo(FxRobot robot) {
        robot.interact(() -> view.setExplanation(null));
        assertFalse(robot.lookup("#softmax-loss").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".softmax-view .message").queryAs(Label.class).isVisible());
    }
}
