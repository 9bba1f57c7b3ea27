package org.convscope.ui.draw;

import org.convscope.ui.MathText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.Preprocessed;
import org.convscope.data.StrokeRenderer;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview's guides and the bars' highlight, read from the scene graph (no robot moves). */
@ExtendWith(ApplicationExtension.class)
class DigitPreviewAndBarsTest {
    private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");

    private DigitPreview preview;
    private ProbabilityBars bars;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        preview = new DigitPreview();
        bars = new ProbabilityBars();
        Scene scene = new Scene(new HBox(preview, bars), 800, 400);
        scene.getStylesheets().add(HelloDrawPad.class.getResource(HelloDrawPad.THEME).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Preprocessed seven() {
        return DigitPreprocessor.preprocess(StrokeRenderer.render(DrawingViewModelTest.digitOnPad(7, 3),
                DrawPad.LOGICAL_SIZE, DrawPad.LOGICAL_SIZE));
    }

    @Test
    void guidesShowThePlacedBoxOnlyWhenAskedFor(FxRobot robot) {
        Preprocessed p = seven();
        robot.interact(() -> preview.setPreprocessed(p));
        Rectangle box = robot.lookup(".ink-box").queryAs(Rectangle.class);
        assertFalse(box.isVisible(), "guides are off by default");
        assertFalse(robot.lookup(".nothing-drawn").query().isVisible());

        robot.interact(() -> preview.setShowGuides(true));
        assertTrue(box.isVisible());
        Canvas cells = (Canvas) preview.lookup(".cells");
        double cell = cells.getWidth() / 28;
        assertEquals(cells.getLayoutX() + p.placedBox().x() * cell, box.getX(), 1e-6);
        assertEquals(cells.getLayoutY() + p.placedBox().y() * cell, box.getY(), 1e-6);
        assertEquals(p.placedBox().width() * cell, box.getWidth(), 1e-6);
        String caption = robot.lookup(".digit-preview > .caption").queryAs(Label.class).getText();
        assertEquals(Messages.get("draw.shift", DigitPreviewSkin.signed(p.shiftX()), DigitPreviewSkin.signed(p.shiftY())),
                caption);
        assertTrue(p.shiftY() > 0, "a 7's mass sits high, so it moves down");

        robot.interact(() -> preview.setPreprocessed(null));
        assertFalse(box.isVisible(), "no guides without a digit");
        assertTrue(robot.lookup(".nothing-drawn").query().isVisible());
        assertTrue(preview.getPseudoClassStates().contains(PseudoClass.getPseudoClass("empty")));
    }

    @Test
    void theMostProbableDigitIsHighlightedAndEmptyShowsThePlaceholder(FxRobot robot) {
        assertTrue(robot.lookup(".probability-bars > .placeholder").query().isVisible());
        List<Double> p = List.of(0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.6, 0.08, 0.04);
        robot.interact(() -> bars.setProbabilities(p));
        assertEquals(7, bars.getTopClass());
        assertFalse(robot.lookup(".probability-bars > .placeholder").query().isVisible());
        List<Node> top = robot.lookup(".probability-bars > .bar").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(TOP)).toList();
        assertEquals(1, top.size(), "one highlighted bar");
        List<String> values = robot.lookup(".probability-bars > .value").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals("0.600", values.get(7));
        assertEquals("0.0100", values.get(0));

        robot.interact(() -> bars.setProbabilities(null));
        assertTrue(robot.lookup(".probability-bars > .placeholder").query().isVisible());
        assertTrue(robot.lookup(".probability-bars > .bar").queryAll().stream()
                .noneMatch(n -> n.getPseudoClassStates().contains(TOP)));
    }

    @Test
    void probabilitiesThatAreNotNumbersLeaveTheBarsEmptyAndSaySo(FxRobot robot) {
        List<Double> p = List.of(Double.NaN, 0.1, Double.NaN, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9);
        robot.interact(() -> bars.setProbabilities(p));
        assertTrue(bars.isNotNumbers());
        assertEquals(-1, bars.getTopClass(), "0.9 beside NaN is not the answer");
        Label placeholder = robot.lookup(".probability-bars > .placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals(MathText.glue("For this drawing the model's outputs are not numbers (NaN or infinite): its weights are too large"),
                placeholder.getText());
        assertTrue(bars.getPseudoClassStates().contains(PseudoClass.getPseudoClass("not-numbers")));
        assertTrue(robot.lookup(".probability-bars > .bar").queryAll().stream().noneMatch(Node::isVisible), "no bars");
        assertTrue(robot.lookup(".probability-bars > .value").queryAll().stream()
                .allMatch(n -> ((Label) n).getText().isEmpty()), "and no values");
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(MathText.glue("对这个手写数字，模型的输出不是数值（NaN 或无穷大）：它的权重太大了"), placeholder.getText());
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
        robot.interact(() -> bars.setProbabilities(null));
        assertEquals("Draw a digit to see what the network thinks", placeholder.getText());
    }

    @Test
    void valuesHaveThreeSignificantDigits() {
        assertEquals("0.973", ProbabilityBarsSkin.format(0.97312));
        assertEquals("0.0412", ProbabilityBarsSkin.format(0.041234));
        assertEquals("1.00", ProbabilityBarsSkin.format(0.99999));
        assertEquals("< 0.001", ProbabilityBarsSkin.format(1.2e-7));
        assertEquals("0.00100", ProbabilityBarsSkin.format(0.001));
        assertEquals("0", ProbabilityBarsSkin.format(0));
    }

    @Test
    void shiftsAlwaysShowTheirSignButZeroHasNone() {
        assertEquals("+1.3", DigitPreviewSkin.signed(1.26));
        assertEquals("\u22120.4", DigitPreviewSkin.signed(-0.42));
        assertEquals("0.0", DigitPreviewSkin.signed(-0.04));
    }

    @Test
    void aReplacedSkinNoLongerFollowsTheControl(FxRobot robot) {
        robot.interact(() -> {
            preview.setSkin(new DigitPreviewSkin(preview)); // disposes the old one
            preview.setPreprocessed(seven());
        });
        assertEquals(1, preview.lookupAll(".cells").size(), "only the new skin's canvas is in the control");
    }
}
