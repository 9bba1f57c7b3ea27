package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convscope.engine.Network;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Stepper;
import org.convscope.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The strip on the shipped LeNet-5, stepped with the engine's own stepper. Two robot clicks in all. */
@ExtendWith(ApplicationExtension.class)
class NetworkStripTest {
    private static final List<String> LENET5_COLUMNS = List.of("input", "conv1", "relu1", "maxpool1", "conv2",
            "relu2", "maxpool2", "flatten1", "dense1", "relu3", "dropout1", "dense2", "relu4", "dense3");

    private Network network;
    private Stepper stepper;
    private NetworkStrip strip;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        network = StripSamples.lenet5();
        stepper = StripSamples.stepper(network, 3, 3); // forward through conv1, relu1, maxpool1
        strip = StripSamples.strip(network, stepper);
        Scene scene = new Scene(strip, 1280, 720);
        scene.getStylesheets().add(getClass().getResource("/org/convscope/ui/convscope.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    private List<LayerColumn> columns() {
        return ((NetworkStripSkin) strip.getSkin()).columns();
    }

    private static String text(LayerColumn column, String styleClass) {
        return ((Label) column.lookup("." + styleClass)).getText();
    }

    @Test
    void oneColumnPerLayerInDataFlowOrderWithNameShapeAndFormula() {
        assertEquals(LENET5_COLUMNS, columns().stream().map(c -> text(c, "name")).toList());
        LayerColumn conv2 = columns().get(4);
        assertEquals("Convolution", text(conv2, "type"));
        assertEquals("16\u00a0\u00d7\u00a010\u00a0\u00d7\u00a010", text(conv2, "shape"));
        // The engine's ASCII formula, as the screen writes it: × and no break inside a product.
        assertEquals("16\u00a0\u00d7\u00a0(5\u00a0\u00d7\u00a05\u00a0\u00d7\u00a06) +\u00a016 =\u00a02,416", text(conv2, "formula"));
        assertEquals(16, conv2.maps().size(), "every map of a conv layer");
        assertEquals(1, columns().get(9).maps().size(), "relu3, after a dense layer, is one vector strip");
    }

    @Test
    void atAForwardStepLaterLayersAreEmptyAndTheCurrentOneIsMarked() {
        PassTrace trace = stepper.current();
        for (int i = 1; i <= 3; i++) {
            LayerColumn column = columns().get(i);
            assertFalse(column.isEmpty());
            assertSame(trace.layer(i - 1).output(), column.maps().get(0).getTensor());
        }
        for (int i = 4; i < columns().size(); i++) {
            assertTrue(columns().get(i).isEmpty(), LENET5_COLUMNS.get(i) + " is not reached yet");
            assertNull(columns().get(i).maps().get(0).getTensor());
        }
        assertTrue(columns().get(3).getPseudoClassStates().contains(LayerColumn.CURRENT), "maxpool1 is the current step");
        assertFalse(columns().get(2).getPseudoClassStates().contains(LayerColumn.CURRENT));
        assertEquals("Not reached yet", text(columns().get(5), "placeholder"));
        assertTrue(strip.lookup(".strip-header .check-box").isDisabled(), "no gradients to show yet");
    }

    @Test
    void offTheScreenTheStripWaitsAndCatchesUpWhenItIsBack(FxRobot robot) {
        // The focus layout takes the strip out of the window while the detail panel is open.
        Scene scene = strip.getScene();
        robot.interact(() -> {
            scene.setRoot(new StackPane());
            stepper.next(); // conv2
            StripSamples.show(strip, stepper);
        });
        assertTrue(columns().get(4).isEmpty(), "not drawn while nobody sees it");
        robot.interact(() -> scene.setRoot(strip));
        assertFalse(columns().get(4).isEmpty(), "conv2 is drawn once the strip is back");
        assertSame(stepper.current().layer(3).output(), columns().get(4).maps().get(0).getTensor());
    }

    @Test
    void theInputColumnIsNamedAndTheShapesWrittenAsTheCourseDoes(FxRobot robot) {
        assertEquals("input", text(columns().get(0), "name"));
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("输入", text(columns().get(0), "name"));
        assertEquals("卷积层", text(columns().get(1), "type"));
        assertEquals("6\u00a0\u00d7\u00a028\u00a0\u00d7\u00a028", text(columns().get(1), "shape"));
    }

    @Test
    void atABackwardStepTheGradientsAreShown(FxRobot robot) {
        int layers = network.layers().size();
        robot.interact(() -> {
            while (stepper.position() < layers + 1 + 3) { // the loss, then dense3, relu4, dense2 backward
                stepper.next();
            }
            StripSamples.show(strip, stepper);
        });
        PassTrace trace = stepper.current();
        assertTrue(strip.isShowGradients());
        LayerColumn dense2 = columns().get(layers - 2); // column 0 is the input
        assertSame(trace.layer(layers - 3).gradOutput(), dense2.maps().get(0).getTensor());
        assertEquals(ColorScale.DIVERGING, dense2.maps().get(0).getColorScale());
        assertTrue(columns().get(layers - 3).isEmpty(), "dropout1 has no gradient yet");
        assertEquals("No gradient yet", text(columns().get(1), "placeholder"));
        assertFalse(columns().get(0).isEmpty(), "the input digit stays");

        javafx.scene.control.CheckBox box = robot.lookup(".strip-header .check-box").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(box.isSelected());
        assertFalse(box.isDisabled());
        robot.interact(box::fire); // as a click does, without another robot move
        assertFalse(strip.isShowGradients());
        assertSame(trace.layer(0).output(), columns().get(1).maps().get(0).getTensor(), "activations again");
    }

    @Test
    void clickingAMapSelectsItAndClickingTheColumnSelectsTheLayer(FxRobot robot) {
        LayerColumn relu1 = columns().get(2);
        FeatureMapView map = relu1.maps().get(3);
        robot.clickOn(map);
        assertEquals(1, strip.getSelectedLayer());
        assertEquals(3, strip.getSelectedMap());
        assertTrue(map.isSelected());
        assertTrue(map.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));

        LayerColumn conv1 = columns().get(1);
        robot.clickOn(conv1.lookup(".name"));
        assertEquals(0, strip.getSelectedLayer());
        assertEquals(NetworkStrip.NONE, strip.getSelectedMap());
        assertFalse(map.isSelected());
        assertTrue(conv1.getPseudoClassStates().contains(LayerColumn.SELECTED));
    }

    @Test
    void theScaleModeSwitchChangesTheRangesAndTheLegendSaysSo(FxRobot robot) {
        LayerColumn relu1 = columns().get(2);
        assertEquals("This layer", relu1.legend().getCaption());
        robot.interact(() -> strip.setScaleMode(ScaleMode.PER_MAP));
        assertNull(relu1.maps().get(0).getRange(), "each map on its own range");
        assertEquals("Map 1, own range", relu1.legend().getCaption());
        robot.interact(() -> strip.setScaleMode(ScaleMode.GLOBAL));
        assertEquals(relu1.maps().get(0).getRange(), columns().get(3).maps().get(0).getRange(),
                "relu1 and maxpool1 share one range");
        assertEquals("All layers", relu1.legend().getCaption());
    }

    @Test
    void aWholePassIsShownWithoutBuildingNodes(FxRobot robot) {
        // How long a step takes on the FX thread is measured by `bench --ui`, not here.
        PassTrace full = network.trace(StripSamples.digit(5), 5, org.convscope.engine.Mode.INFERENCE);
        FeatureMapView first = columns().get(1).maps().get(0);
        robot.interact(() -> {
            strip.setTrace(full);
            strip.setShowGradients(true);
            strip.applyCss();
            strip.layout(); // every visible map redraws its image here
        });
        assertSame(first, columns().get(1).maps().get(0), "the map views are reused, not rebuilt");
        assertSame(full.layer(0).gradOutput(), first.getTensor());
    }

    @Test
    void anotherArchitectureGetsItsOwnColumnsAndTheOldSkinLetsGo(FxRobot robot) {
        Network tiny = Network.build(Presets.tiny(), new Rng(1));
        NetworkStripSkin oldSkin = (NetworkStripSkin) strip.getSkin();
        List<LayerColumn> oldColumns = List.copyOf(oldSkin.columns());
        robot.interact(() -> {
            strip.setSkin(new NetworkStripSkin(strip)); // disposes the old skin
            strip.setTrace(null);
            strip.setNetwork(tiny);
        });
        assertEquals(oldColumns, oldSkin.columns(), "a disposed skin no longer follows the control");
        List<String> expected = new java.util.ArrayList<>(List.of("input"));
        tiny.layers().forEach(layer -> expected.add(layer.name()));
        assertEquals(expected, columns().stream().map(c -> text(c, "name")).toList());
        columns().forEach(c -> assertTrue(c.isEmpty(), "nothing drawn yet"));
    }

    @Test
    void labelsFollowALanguageSwitch(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("卷积层", text(columns().get(1), "type"));
        assertEquals("尚未计算到这一层", text(columns().get(5), "placeholder"));
        assertEquals("本层范围", columns().get(2).legend().getCaption());
    }
}
