package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.data.Stroke;
import org.convscope.data.SyntheticDigits;
import org.convscope.engine.DropoutMask;
import org.convscope.engine.LayerTrace;
import org.convscope.model.Model;
import org.convscope.model.ModelFile;
import org.convscope.model.ModelMetadata;
import org.convscope.model.ShippedModels;
import org.convscope.ui.draw.DrawPad;
import org.convscope.ui.draw.PadDigits;
import org.convscope.ui.draw.ProbabilityBars;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main screen's keys and toolbar controls as a student uses them, headless: Ctrl+Z, Delete
 * and P on the window; the target picked from its list; training mode ticked; the toolbar in
 * Chinese. Engine work runs on the test's thread, so every answer is there when the action returns.
 */
@ExtendWith(ApplicationExtension.class)
class MainScreenControlsTest {
    private static final int DIGIT = 5;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = ShippedModelWindow.show(stage, false);
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> {
            if (window.stepper().isPlaying()) {
                window.stepper().togglePlay();
            }
            Messages.setLocale(Locale.ENGLISH);
        });
    }

    @Test
    void ctrlZTakesBackTheLastStrokeDeleteClearsAndPPlaysAndPauses(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        ProbabilityBars bars = robot.lookup("#probability-bars").queryAs(ProbabilityBars.class);
        StepperViewModel stepper = window.stepper();
        List<Stroke> digit = PadDigits.strokes(DIGIT);
        robot.interact(() -> digit.forEach(pad::addStroke));
        List<Double> digitOnly = bars.getProbabilities();
        // A stray scribble across the pad changes what the network sees.
        robot.interact(() -> pad.addStroke(new Stroke(
                List.of(new Stroke.Point(20, 260), new Stroke.Point(140, 250), new Stroke.Point(260, 270)), 18)));
        assertEquals(digit.size() + 1, pad.getStrokes().size());
        assertNotEquals(digitOnly, bars.getProbabilities(), "the stray stroke is classified too");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(digit.size(), pad.getStrokes().size(), "Ctrl+Z takes back one stroke");
        assertEquals(digitOnly, bars.getProbabilities(), "and the digit alone is classified again");
        assertEquals(SyntheticDigits.label(DIGIT), bars.getTopClass());

        robot.push(KeyCode.P);
        assertTrue(stepper.isPlaying(), "P plays");
        robot.push(KeyCode.P);
        assertFalse(stepper.isPlaying(), "P again pauses");

        robot.push(KeyCode.DELETE);
        assertTrue(pad.isEmpty(), "Delete clears the pad");
        assertTrue(bars.getProbabilities() == null || bars.getProbabilities().isEmpty(), "no probabilities left");
        Label nothing = robot.lookup(".nothing-drawn").queryAs(Label.class);
        assertTrue(nothing.isVisible(), "the preview says nothing is drawn");
        assertEquals("Nothing drawn: draw a digit to step through the network",
                robot.lookup("#step-status").queryAs(Label.class).getText());
        assertNull(stepper.getTrace(), "and there is nothing to step");
    }

    @Test
    void aTargetPickedFromTheListIsTheLossLabelAndTrainingModeDropsUnits(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        StepperViewModel stepper = window.stepper();
        int wrong = (SyntheticDigits.label(DIGIT) + 3) % 10;

        robot.clickOn("#target-label");
        Node item = robot.lookup(".menu-item").match((Node n) ->
                robot.from(n).lookup(".label").queryAllAs(Labeled.class).stream()
                        .anyMatch(l -> String.valueOf(wrong).equals(l.getText()))).query();
        robot.clickOn(item);
        assertEquals(wrong, stepper.targetLabelProperty().get(), "the list sets the stepper's target");
        assertEquals(wrong, robot.lookup("#target-label").queryAs(ChoiceBox.class).getValue());

        CheckBox training = robot.lookup("#training-mode").queryAs(CheckBox.class);
        robot.clickOn(training);
        assertTrue(stepper.trainingProperty().get(), "the box switches the pass to training mode");

        while (stepper.getPosition() < stepper.getTotalSteps()) {
            robot.push(KeyCode.RIGHT);
        }
        assertEquals(wrong, stepper.getTrace().loss().label(), "the loss is computed for the picked label");
        DropoutMask mask = dropoutMask(stepper);
        assertTrue(mask.active(), "training mode: dropout is on");
        assertTrue(mask.keptCount() < mask.size() && mask.keptCount() > 0,
                "some units dropped, some kept: " + mask.keptCount() + " of " + mask.size());

        Button apply = robot.lookup("#apply-update").queryButton();
        robot.clickOn(apply);
        assertEquals(wrong, stepper.getLastUpdate().label());
        assertTrue(stepper.getLastUpdate().change() > 0, "the update raises the picked label's probability");

        robot.clickOn(training);
        assertFalse(stepper.trainingProperty().get());
        robot.push(KeyCode.R);
        while (stepper.getPosition() < stepper.getTotalSteps()) {
            robot.push(KeyCode.RIGHT);
        }
        DropoutMask inference = dropoutMask(stepper);
        assertFalse(inference.active(), "inference: dropout passes everything");
        assertEquals(inference.size(), inference.keptCount());
    }

    @Test
    void theToolbarAndStatusLineFollowTheLanguageMenu(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        robot.push(KeyCode.RIGHT);
        assertEquals("Next", robot.lookup("#step-next").queryButton().getText());

        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#menu-language-simplified-chinese");

        assertEquals("下一步", robot.lookup("#step-next").queryButton().getText());
        assertEquals("应用更新", robot.lookup("#apply-update").queryButton().getText());
        assertEquals("前向传播：conv1，第 1 步，共 27 步", robot.lookup("#step-status").queryAs(Label.class).getText());
        ChoiceBox<?> target = robot.lookup("#target-label").queryAs(ChoiceBox.class);
        assertEquals("预测类别", target.getConverter().toString(cast(target.getValue())));
    }

    @Test
    void aModelSavedAfterAnUpdateSaysSoAndDropsTheOldAccuracy(FxRobot robot, @TempDir Path dir) throws Exception {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        StepperViewModel stepper = window.stepper();
        ModelMetadata shipped = ShippedModels.loadLenet5().metadata();
        assertNotNull(shipped.accuracy(), "the shipped model records its accuracy");
        robot.interact(() -> {
            while (!stepper.canApplyUpdateProperty().get()) {
                stepper.next();
            }
            stepper.applyUpdate();
        });
        assertEquals(1, stepper.getUpdatesApplied());
        Path updated = dir.resolve("updated.json");
        robot.interact(() -> window.saveModel(updated));
        Model saved = ModelFile.load(updated);
        assertNull(saved.metadata().accuracy(), "measured on other weights");
        assertEquals(shipped.data() + " + 1 single-digit update in ConvScope", saved.metadata().data());
        assertEquals(shipped.seed(), saved.metadata().seed());
        assertArrayEquals(window.drawing().getNetwork().params().get(0).value(), saved.network().params().get(0).value(), 0);

        robot.interact(stepper::restoreModel);
        assertEquals(0, stepper.getUpdatesApplied());
        Path restored = dir.resolve("restored.json");
        robot.interact(() -> window.saveModel(restored));
        assertEquals(shipped, ModelFile.load(restored).metadata(), "restored: the shipped model again");
    }

    @Test
    void aClickOnALayerOpensItsDetailTheCloseButtonAndDCloseAndOpenIt(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertTrue(robot.lookup("#layer-detail").tryQuery().isEmpty(), "closed at the start: the strip has the room");
        Node strip = robot.lookup("#network-strip").query();
        double fullHeight = strip.getLayoutBounds().getHeight();

        robot.clickOn(robot.lookup(".layer-column .feature-map-view").nth(1).queryAs(Node.class)); // conv1's first map
        assertTrue(window.appearance().isLayerDetail(), "the click opened the detail panel");
        Node detail = robot.lookup("#layer-detail").query();
        assertTrue(detail.isVisible() && detail.getLayoutBounds().getHeight() > 150, "with room to show a map");
        assertTrue(strip.getLayoutBounds().getHeight() < fullHeight, "the strip gives it room");
        assertTrue(robot.lookup("#layer-detail .title").queryAs(Label.class).getText().contains("conv1"),
                "showing the clicked layer");

        robot.clickOn("#layer-detail-close");
        assertFalse(window.appearance().isLayerDetail());
        assertTrue(robot.lookup("#layer-detail").tryQuery().isEmpty(), "closed again");
        assertEquals(fullHeight, strip.getLayoutBounds().getHeight(), 1, "the strip has its room back");

        robot.push(KeyCode.D);
        assertTrue(window.appearance().isLayerDetail(), "D opens it");
        robot.push(KeyCode.RIGHT);
        assertEquals(3, window.stepper().getPosition(), "the stepper's keys still work with the panel open");
        robot.push(KeyCode.D);
        assertFalse(window.appearance().isLayerDetail(), "D closes it");
    }

    @Test
    void afterAClickOnTheColourScaleTheArrowKeysStillStep(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        robot.clickOn("Per map");
        robot.clickOn("Show gradients dL/dOutput");
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertEquals(2, window.stepper().getPosition(), "Right steps the pass, not the toggle buttons");
        robot.push(KeyCode.LEFT);
        assertEquals(1, window.stepper().getPosition());
    }

    @Test
    void atTheLossStepTheDetailPanelExplainsSoftmaxWithTheEnginesNumbers(FxRobot robot) {
        DrawPad pad = robot.lookup("#draw-pad").queryAs(DrawPad.class);
        robot.interact(() -> PadDigits.strokes(DIGIT).forEach(pad::addStroke));
        StepperViewModel stepper = window.stepper();
        int wrong = (SyntheticDigits.label(DIGIT) + 1) % 10;
        robot.interact(() -> stepper.setTargetLabel(wrong));
        robot.push(KeyCode.D);
        int lossStep = stepper.networkProperty().get().layers().size() + 1;
        while (stepper.getPosition() < lossStep) {
            robot.push(KeyCode.RIGHT);
        }
        Node softmax = robot.lookup("#softmax-view").query();
        assertTrue(softmax.isVisible(), "the loss step shows softmax");
        assertFalse(robot.lookup("#layer-detail").query().isVisible(), "instead of a layer");
        double loss = stepper.getTrace().loss().loss();
        assertTrue(ScreenText.plain(robot.lookup("#softmax-loss").queryAs(Label.class).getText())
                .endsWith(" = " + NumberText.sig3(loss)), "the engine's loss \u2212ln p(" + wrong + ")");

        robot.push(KeyCode.RIGHT);
        assertFalse(softmax.isVisible(), "the first backward step shows its layer again");
        assertTrue(robot.lookup("#layer-detail").query().isVisible());
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static DropoutMask dropoutMask(StepperViewModel stepper) {
        return stepper.getTrace().layers().stream()
                .map(LayerTrace::extra)
                .flatMap(java.util.Optional::stream)
                .filter(DropoutMask.class::isInstance)
                .map(DropoutMask.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
