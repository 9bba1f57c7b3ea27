package org.convscope.ui.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.convscope.engine.LayerSpec;
import org.convscope.engine.Network;
import org.convscope.engine.NetworkSpec;
import org.convscope.engine.Presets;
import org.convscope.engine.Rng;
import org.convscope.engine.Stepper;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.ReLU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pass row on its own, 1280 px wide: LeNet-5 fits; a deeper network scrolls and keeps the current box in view. */
@ExtendWith(ApplicationExtension.class)
class PassRowTest {
    private PassRow row;
    private Scene scene;

    @Start
    void start(Stage stage) {
        row = new PassRow();
        scene = new Scene(row, 1280, 200);
        stage.setScene(scene);
        stage.show();
    }

    private PassRowSkin skin() {
        return (PassRowSkin) row.getSkin();
    }

    private void layout(FxRobot robot) {
        robot.interact(() -> {
            row.applyCss();
            row.layout();
            row.layout(); // the scroll pane places its scrolled content in the next layout
        });
    }

    /** Conv and ReLU pairs, {@code pairs} of them, then flatten and a dense layer: 2 pairs + 2 layers. */
    private static Network deep(int pairs) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            layers.add(new Conv2D.Spec(4, 3, 1));
            layers.add(new ReLU.Spec());
        }
        layers.add(new Flatten.Spec());
        layers.add(new Dense.Spec(10));
        return Network.build(new NetworkSpec(Presets.DIGIT, layers), new Rng(1));
    }

    private Bounds inScene(javafx.scene.Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void lenet5FitsAndTheBoxesShareTheWidth(FxRobot robot) {
        robot.interact(() -> row.setNetwork(Network.build(Presets.lenet5(), new Rng(1))));
        layout(robot);
        assertEquals(13, skin().layerBoxes().size());
        ScrollPane scroll = robot.lookup(".pass-row-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.getContent().getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5,
                "no scrolling");
        Bounds loss = inScene(skin().lossBox());
        assertTrue(loss.getMaxX() <= 1280 && loss.getMaxX() > 1200, "the boxes fill the row: the loss ends at " + loss);
    }

    @Test
    void aDeeperNetworkScrollsAndKeepsTheCurrentBoxInView(FxRobot robot) {
        robot.interact(() -> row.setNetwork(deep(20)));
        layout(robot);
        List<PassRowBox> boxes = skin().layerBoxes();
        assertEquals(42, boxes.size());
        ScrollPane scroll = robot.lookup(".pass-row-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth(),
                "42 boxes at their minimum width need more than 1280 px");
        for (PassRowBox box : boxes) {
            assertTrue(box.getWidth() >= box.minWidth(-1) - 0.5, "never narrower than its text");
        }
        for (int current : new int[] {30, 41, 3}) {
            robot.interact(() -> {
                row.setPhase(Stepper.Phase.FORWARD);
                row.setCurrentLayer(current);
            });
            layout(robot);
            Bounds b = inScene(boxes.get(current));
            assertTrue(b.getMinX() >= -0.5 && b.getMaxX() <= 1280.5, "box " + current + " in view: " + b);
            assertTrue(boxes.get(current).getPseudoClassStates().contains(PassRowBox.CURRENT));
        }
        robot.interact(() -> row.setPhase(Stepper.Phase.LOSS));
        layout(robot);
        assertFalse(boxes.get(3).getPseudoClassStates().contains(PassRowBox.CURRENT), "at the loss no layer is current");
        Bounds loss = inScene(skin().lossBox());
        assertTrue(loss.getMaxX() <= 1280.5 && loss.getMinX() >= -0.5, "the loss box in view: " + loss);
    }

    @Test
    void aClickOnALayersBoxIsReportedWithItsIndexAndTheLossBoxSelectsNothing(FxRobot robot) {
        robot.interact(() -> row.setNetwork(Network.build(Presets.lenet5(), new Rng(1))));
        layout(robot);
        List<Integer> clicked = new ArrayList<>();
        robot.interact(() -> row.setOnLayerClicked(clicked::add));
        robot.clickOn(skin().layerBoxes().get(3));
        robot.clickOn(skin().lossBox());
        assertEquals(List.of(3), clicked);
    }
}
