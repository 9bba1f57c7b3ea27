package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.convscope.engine.LayerTrace;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.engine.PassTrace;
import org.convscope.engine.Stepper;
import org.convscope.engine.Tensor;
import org.convscope.ui.detail.FlattenDetailView;
import org.convscope.ui.detail.LayerDetailViews;
import org.convscope.ui.detail.MapsDetailView;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.NetworkStrip;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The detail panel in the main screen, headless, on the shipped LeNet-5 and a synthetic digit
 * drawn on the pad: it shows the stepper's layer, and the value printed for a hovered cell is the
 * engine's own, forward and backward.
 */
@ExtendWith(ApplicationExtension.class)
class LayerDetailScreenTest {
    // "Output, map 1, row 13, column 8: 0.417283619" and "dL/dInput, unit 17: -1.2e-9"
    private static final Pattern MAP_VALUE =
            Pattern.compile("^(.+), map (\\d+), row (\\d+), column (\\d+): (\\S+)$");

    private MainWindow window;
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        // The generic maps view on every layer but flatten (LeNet-5's types all have views of their
        // own in the app, tested in their own classes); flatten's view is tested here.
        LayerDetailViews generic = new LayerDetailViews(MapsDetailView::new).register("flatten", FlattenDetailView::new);
        window = ShippedModelWindow.show(stage, generic, true);
        stepper = window.stepper();
        ShippedModelWindow.draw(stage, 2);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
    }

    /** A label's text without the glue that keeps its formulas on one line (MathTextTest checks that). */
    private static String text(FxRobot robot, String id) {
        return ScreenText.plain(robot.lookup(id).queryAs(Label.class).getText());
    }

    /** The visible large maps of the detail panel, left to right. */
    private static List<FeatureMapView> largeMaps(FxRobot robot) {
        return robot.lookup("#layer-detail .large-map").queryAllAs(FeatureMapView.class).stream()
                .filter(Node::isVisible).filter(m -> m.getParent().getParent().isVisible()).toList();
    }

    /** Points at cell (row, col) of a map drawn at no less than 8 px a cell, the panel's minimum. */
    private static void hover(FxRobot robot, FeatureMapView map, int row, int col) {
        MapPointer.hover(robot, map, row, col);
        int cell = MapPointer.pixelsPerCell(map);
        assertTrue(cell >= 8, "cells of at least 8 px, got " + cell);
    }

    /** Checks the value line: which tensor, map, row and column (counted from 1) and the exact value. */
    private static void assertValueLine(String line, String kind, int map, int row, int col, double expected) {
        Matcher m = MAP_VALUE.matcher(line);
        assertTrue(m.matches(), "a value line: " + line);
        assertEquals(kind, m.group(1));
        assertEquals(map + 1, Integer.parseInt(m.group(2)), "map, counted from 1");
        assertEquals(row + 1, Integer.parseInt(m.group(3)), "row, counted from 1");
        assertEquals(col + 1, Integer.parseInt(m.group(4)), "column, counted from 1");
        assertEquals(expected, ScreenText.parse(m.group(5)), 1e-12, line);
    }

    @Test
    void aForwardStepShowsTheLayerAndAHoveredCellHasTheEnginesValue(FxRobot robot) {
        assertTrue(text(robot, "#detail-message").startsWith("Click a layer"), "nothing selected before the first step");
        robot.push(KeyCode.RIGHT);
        assertEquals(0, stepper.getLayerIndex());
        assertEquals("conv1", text(robot, "#detail-title"));
        assertTrue(text(robot, "#detail-subtitle").contains("Convolution"));
        assertTrue(text(robot, "#detail-subtitle").endsWith("6 \u00d7 28 \u00d7 28"));

        robot.push(KeyCode.RIGHT); // relu1: the generic maps view
        assertEquals("relu1", text(robot, "#detail-title"));
        List<FeatureMapView> maps = largeMaps(robot);
        assertEquals(1, maps.size(), "a forward step shows the output only");

        Tensor relu1 = stepper.getTrace().layer(1).output();
        hover(robot, maps.get(0), 12, 7);
        assertValueLine(text(robot, "#detail-hover"), "Output", 0, 12, 7, relu1.get(0, 12, 7));
        hover(robot, maps.get(0), 20, 15);
        assertValueLine(text(robot, "#detail-hover"), "Output", 0, 20, 15, relu1.get(0, 20, 15));
    }

    @Test
    void aThumbnailClickShowsThatMapLargeAndNextKeepsFollowingThePass(FxRobot robot) {
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT); // relu1
        NetworkStrip strip = robot.lookup("#network-strip").queryAs(NetworkStrip.class);
        List<FeatureMapView> thumbnails = robot.lookup("#detail-thumbnails .thumbnail").queryAllAs(FeatureMapView.class)
                .stream().toList();
        assertEquals(6, thumbnails.size(), "relu1's six maps");
        FeatureMapView thumbnail = thumbnails.stream().filter(t -> t.getChannel() == 3).findFirst().orElseThrow();
        robot.clickOn(thumbnail);
        FeatureMapView large = largeMaps(robot).get(0);
        assertEquals(3, large.getChannel(), "map 4 is shown large");
        assertTrue(thumbnail.isSelected());
        assertEquals(3, strip.getSelectedMap(), "the strip marks the same map");

        Tensor relu1 = stepper.getTrace().layer(1).output();
        hover(robot, large, 9, 14);
        assertValueLine(text(robot, "#detail-hover"), "Output", 3, 9, 14, relu1.get(3, 9, 14));

        robot.push(KeyCode.RIGHT);
        assertEquals("maxpool1", text(robot, "#detail-title"), "the selection follows Next");
        assertEquals(2, strip.getSelectedLayer());
        assertEquals(3, largeMaps(robot).get(0).getChannel(), "and keeps map 4, which maxpool1 has too");
        robot.interact(() -> strip.select(0, NetworkStrip.NONE)); // as a click on conv1's column
        assertEquals("conv1", text(robot, "#detail-title"), "a click picks any computed layer");
        robot.interact(() -> strip.select(7, NetworkStrip.NONE));
        assertEquals("dense1", text(robot, "#detail-title"));
        assertEquals("Not computed yet: step forward to reach this layer.", text(robot, "#detail-message"));
        assertFalse(robot.lookup("#layer-detail .content").query().isVisible(), "no empty box where the maps would be");
        robot.push(KeyCode.RIGHT);
        assertEquals("conv2", text(robot, "#detail-title"), "the next step takes the panel along again");
    }

    @Test
    void aBackwardStepShowsTheGradientsWithTheEnginesValues(FxRobot robot) {
        int total = stepper.getTotalSteps();
        // maxpool1: the generic view (the activation layers have their own, tested in DropoutAndActivationScreenTest).
        for (int i = 0; i < total - 2; i++) { // to the backward step of maxpool1
            robot.interact(stepper::next);
        }
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertEquals(2, stepper.getLayerIndex());
        assertEquals("maxpool1", text(robot, "#detail-title"));
        List<FeatureMapView> maps = largeMaps(robot);
        assertEquals(2, maps.size(), "dL/dOutput and dL/dInput side by side");
        PassTrace trace = stepper.getTrace();

        hover(robot, maps.get(0), 11, 6);
        assertValueLine(text(robot, "#detail-hover"), "dL/dOutput", 0, 11, 6, trace.layer(2).gradOutput().get(0, 11, 6));
        hover(robot, maps.get(1), 11, 6);
        String line = text(robot, "#detail-hover");
        assertValueLine(line, "dL/dInput", 0, 11, 6, trace.layer(2).gradInput().get(0, 11, 6));

        robot.interact(() -> Messages.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(text(robot, "#detail-hover").startsWith("梯度 dL/dInput，特征图 1，第 12 行，第 7 列："),
                text(robot, "#detail-hover"));
    }

    @Test
    void atAConvolutionBackwardTheInputMapIsPickedOnItsOwn(FxRobot robot) {
        int total = stepper.getTotalSteps();
        for (int i = 0; i < total - 3; i++) { // to the backward step of conv2
            robot.interact(stepper::next);
        }
        assertEquals("conv2", text(robot, "#detail-title"));
        List<FeatureMapView> inputMaps = robot.lookup("#detail-input-thumbnails .thumbnail")
                .queryAllAs(FeatureMapView.class).stream().toList();
        assertEquals(6, inputMaps.size(), "conv2's input has six maps");
        robot.clickOn(inputMaps.stream().filter(t -> t.getChannel() == 4).findFirst().orElseThrow());
        FeatureMapView gradInput = largeMaps(robot).get(1);
        assertEquals(4, gradInput.getChannel());
        hover(robot, gradInput, 6, 9);
        assertValueLine(text(robot, "#detail-hover"), "dL/dInput", 4, 6, 9,
                stepper.getTrace().layer(3).gradInput().get(4, 6, 9));
    }

    @Test
    void flattenMarksAValueInTheVectorAndItsSourceCellInTheMaps(FxRobot robot) {
        for (int i = 0; i < 7; i++) { // forward through flatten1: 16 maps of 5 x 5 become 400 values
            robot.interact(stepper::next);
        }
        assertEquals("flatten1", text(robot, "#detail-title"));
        FeatureMapView vector = robot.lookup("#flatten-vector").queryAs(FeatureMapView.class);
        FeatureMapView maps = robot.lookup("#flatten-map").queryAs(FeatureMapView.class);
        assertEquals(20, vector.rows(), "400 values, 20 to a column");
        hover(robot, vector, 3, 2); // down the columns: element 2 * 20 + 3 = 43, counted from 0
        LayerTrace flatten = stepper.getTrace().layer(6);
        // 43 = map 1 (25 values each), then 18 = row 3, column 3 (counted from 0)
        assertEquals("Element 44 of the vector = map 2, row 4, column 4: " + NumberText.full(flatten.output().get(43)),
                text(robot, "#flatten-hover"));
        assertEquals(flatten.input().get(1, 3, 3), flatten.output().get(43), 0, "flatten moves, never changes");
        assertEquals(1, maps.getChannel(), "the map the value came from is shown");
        Rectangle mark = robot.lookup("#layer-detail .flatten-mark").match(Node::isVisible).nth(0).queryAs(Rectangle.class);
        assertTrue(mark.isVisible());

        hover(robot, maps, 0, 4); // row 1, column 5 of the map shown (the pointer's way there may have switched it)
        int channel = maps.getChannel();
        int element = channel * 25 + 4;
        assertEquals("Element " + (element + 1) + " of the vector = map " + (channel + 1) + ", row 1, column 5: "
                + flatten.output().get(element), text(robot, "#flatten-hover"));
    }

    @Test
    void flattenBackwardFoldsTheGradientsBackIntoMaps(FxRobot robot) {
        int total = stepper.getTotalSteps();
        for (int i = 0; i < total - 6; i++) { // to the backward step of flatten1 (layer 7 of 13 from the end)
            robot.interact(stepper::next);
        }
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertEquals("flatten1", text(robot, "#detail-title"));
        LayerTrace flatten = stepper.getTrace().layer(6);
        FeatureMapView vector = robot.lookup("#flatten-vector").queryAs(FeatureMapView.class);
        assertEquals(flatten.gradOutput(), vector.getTensor(), "the vector is dL/dOutput");
        hover(robot, vector, 3, 2); // element 2 * 20 + 3 = 43: map 2 (index 1), row 4 (3), column 4 (3)
        assertEquals("dL/dOutput element 44 = dL/dInput map 2, row 4, column 4: " + NumberText.full(flatten.gradOutput().get(43)),
                text(robot, "#flatten-hover"));
        assertEquals(flatten.gradInput().get(1, 3, 3), flatten.gradOutput().get(43), 0, "folded back, not changed");
    }
}
