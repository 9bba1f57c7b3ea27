package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.Mode;
import org.convscope.engine.Network;
import org.convscope.engine.NonFinite;
import org.convscope.engine.Presets;
import org.convscope.engine.Tensor;
import org.convscope.ui.maps.ColorLegend;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.FeatureMapViewSkin;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Numbers that are not finite in the main window, headless: a model whose weights are too large
 * for dense ink stops at conv2 with the status saying so, its maps hatch the infinite cells and
 * the pointer line prints them; an update with a huge learning rate stops the rerun, and Restore
 * model makes the pass work again.
 */
@ExtendWith(ApplicationExtension.class)
class NonFiniteScreenTest {
    private static final int CONV2 = 3;
    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");

    private MainWindow window;
    private StepperViewModel stepper;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ShippedModelWindow.show(stage, true);
        stepper = window.stepper();
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryButton().isDisabled();
    }

    @Test
    void theModelIsFiniteForABlankImageAndAGeneratedZero() throws Exception {
        Network network = TooLargeWeights.lenet5();
        for (Tensor input : List.of(Tensor.zeros(Presets.DIGIT), SyntheticDigits.input(0, 1),
                SyntheticDigits.input(0, 8080))) {
            assertTrue(NonFinite.in(network.trace(input, 0, Mode.INFERENCE)).isEmpty(), "a model that loads");
        }
        assertTrue(NonFinite.in(network.forwardTrace(TooLargeWeights.solidInk(), Mode.INFERENCE)).isPresent());
    }

    @Test
    void solidInkStopsAtConv2WithItsInfiniteCellsHatchedAndPrinted(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("too-large.json");
        TooLargeWeights.save(file);
        robot.interact(() -> window.openModel(file));
        // Set, not drawn: the pad's preprocessing would make any drawing a centred digit.
        robot.interact(() -> stepper.setInput(TooLargeWeights.solidInk()));

        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.RIGHT);
            assertNull(stepper.getNonFinite(), "conv1, relu1 and maxpool1 are finite");
        }
        robot.push(KeyCode.RIGHT);
        assertEquals(4, stepper.getPosition());
        assertNotNull(stepper.getNonFinite());
        Label status = robot.lookup("#step-status").queryAs(Label.class);
        assertEquals(MathText.glue("Stopped at conv2 (4 of 27): 64 of its 1,600 outputs are not numbers (NaN or infinite). "
                + "This model cannot compute this digit: its weights are too large. Open another model."),
                status.getText());
        assertTrue(status.getPseudoClassStates().contains(STOPPED), "the status line stands out");
        assertTrue(disabled(robot, "#step-next"));
        assertTrue(disabled(robot, "#apply-update"));
        assertTrue(disabled(robot, "#restore-model"), "no update to undo");
        robot.push(KeyCode.RIGHT);
        assertEquals(4, stepper.getPosition(), "Right does nothing more");

        // The strip: 32 cells of conv2's maps 1 and 2 hatched, and the column's legend explains them.
        Tensor conv2 = stepper.getTrace().layer(CONV2).output();
        List<FeatureMapView> stripMaps = robot.lookup("#network-strip .feature-map-view")
                .queryAllAs(FeatureMapView.class).stream().filter(m -> conv2.equals(m.getTensor())).toList();
        assertEquals(16, stripMaps.size(), "conv2's column");
        for (FeatureMapView map : stripMaps) {
            assertEquals(map.getChannel() < 2 ? 32 : 0, hatched(map), "map " + (map.getChannel() + 1));
        }
        ColorLegend stripLegend = (ColorLegend) stripMaps.get(0).getParent().getParent().lookup(".color-legend");
        assertTrue(stripLegend.showsNonFinite());
        assertTrue(stripLegend.lookup(".non-finite").isVisible());

        // The detail panel's convolution view: the output map hatched, the pointer line and the formula.
        FeatureMapView output = robot.lookup("#conv-output-map").queryAs(FeatureMapView.class);
        NetworkStrip strip = robot.lookup("#network-strip").queryAs(NetworkStrip.class);
        robot.interact(() -> strip.select(CONV2, 0));
        assertEquals(32, hatched(output));
        assertTrue(robot.lookup("#layer-detail .color-legend").queryAllAs(ColorLegend.class).stream()
                .anyMatch(l -> l.isVisible() && l.showsNonFinite()), "the output's legend explains the hatching");
        MapPointer.hover(robot, output, 4, 4);
        assertEquals("Output, map 1, row 5, column 5: Infinity", text(robot, "#conv-hover"));
        assertEquals("exact value: Infinity", text(robot, "#conv-exact"));
        MapPointer.hover(robot, output, 2, 2); // one cell of 20 in the window: 1.2e308, still finite
        assertTrue(Double.isFinite(conv2.get(0, 2, 2)) && conv2.get(0, 2, 2) > 1e308);
        assertEquals(MathText.glue("Output, map 1, row 3, column 3: " + NumberText.full(conv2.get(0, 2, 2))),
                text(robot, "#conv-hover"));
        robot.interact(() -> strip.select(CONV2, 1));
        MapPointer.hover(robot, output, 5, 5);
        assertEquals("Output, map 2, row 6, column 6: \u2212Infinity", text(robot, "#conv-hover"));

        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(MathText.glue("在 conv2 停止（第 4 步，共 27 步）：它的 1,600 个输出中有 64 个不是数值（NaN 或无穷大）。"
                + "这个模型无法处理这个手写数字：它的权重太大了。请打开另一个模型。"), status.getText());
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));

        // A drawn 2 holds less ink in any window: the same model computes it, to the end.
        robot.interact(() -> ShippedModelWindow.draw(stage, 2));
        for (int i = 0; i < stepper.getTotalSteps(); i++) {
            robot.interact(stepper::next);
        }
        assertNull(stepper.getNonFinite());
        assertFalse(status.getPseudoClassStates().contains(STOPPED));
        assertFalse(disabled(robot, "#apply-update"));
    }

    @Test
    void anUpdateWithAHugeLearningRateStopsTheRerunAndRestoreModelRepairsIt(FxRobot robot) {
        robot.interact(() -> {
            ShippedModelWindow.draw(stage, 3);
            stepper.setTargetLabel(5);
            stepper.learningRateProperty().set(1e300);
        });
        for (int i = 0; i < stepper.getTotalSteps(); i++) {
            robot.interact(stepper::next);
        }
        robot.clickOn("#apply-update");
        NonFinite bad = stepper.getNonFinite();
        assertNotNull(bad, "weights of about 1e298 overflow");
        String status = text(robot, "#step-status");
        assertTrue(status.startsWith("Stopped at " + bad.layerName() + " ("), status);
        assertTrue(status.endsWith("Restore model puts the good weights back."), status);
        assertTrue(disabled(robot, "#step-next"));
        assertTrue(disabled(robot, "#apply-update"));
        assertTrue(robot.lookup("#probability-bars").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("not-numbers")), "live classification too");

        robot.clickOn("#restore-model");
        assertNull(stepper.getNonFinite());
        assertFalse(disabled(robot, "#step-next"), "the pass goes on again");
        assertFalse(text(robot, "#step-status").startsWith("Stopped"), text(robot, "#step-status"));
    }

    private static int hatched(FeatureMapView map) {
        return ((FeatureMapViewSkin) map.getSkin()).hatchedCells();
    }
}
