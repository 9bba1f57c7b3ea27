package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.convscope.engine.Stepper;
import org.convscope.ui.draw.FocusColumn;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The classroom screen at 1280 x 720 (a 720p projector), headless, with the shipped LeNet-5 and the
 * screenshots' digit: the pass row shows every layer at once and follows the pass, a click on a
 * box opens that layer, and with the detail panel open the pad gives way to a narrow column.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomScreenTest {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass FORWARD = PseudoClass.getPseudoClass("forward");
    private static final PseudoClass BACKWARD = PseudoClass.getPseudoClass("backward");
    private static final PseudoClass COMPUTED = PseudoClass.getPseudoClass("computed");

    private MainScreenShots screen;
    private MainWindow window;
    private StepperViewModel stepper;
    private Scene scene;

    @Start
    void start(Stage ignored) {
        screen = MainScreenShots.open(MainScreenShots.WIDTH, MainScreenShots.HEIGHT);
        window = screen.window();
        stepper = window.stepper();
        scene = window.drawingPane().getScene();
        // As full screen on a 720p projector: the headless screen is larger.
        window.presenterMode().setUsesFullScreen(false);
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(screen::close);
    }

    /** The boxes of the pass row, LeNet-5's 13 layers and the loss, left to right. */
    private List<Node> boxes(FxRobot robot) {
        return List.copyOf(robot.lookup("#pass-row .pass-row-box").queryAll());
    }

    private void assertEveryBoxInTheWindow(FxRobot robot, String when) {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        List<Node> boxes = boxes(robot);
        assertEquals(14, boxes.size(), "13 layers and the loss");
        for (Node box : boxes) {
            Bounds b = box.localToScene(box.getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth() && b.getMinY() >= 0
                    && b.getMaxY() <= scene.getHeight(), when + ": a box at " + b);
        }
        for (Node bar : robot.lookup("#pass-row .scroll-bar").queryAll()) {
            assertFalse(bar.isVisible() && ((ScrollBar) bar).getVisibleAmount() < ((ScrollBar) bar).getMax(),
                    when + ": no scrolling needed");
        }
        assertEquals("dense3", ((Label) boxes.get(12).lookup(".name")).getText(), when);
    }

    @Test
    void everyLayersBoxIsInTheWindowInBothLanguagesAndPresenterMode(FxRobot robot) {
        assertEquals(1280, scene.getWidth());
        assertEquals(720, scene.getHeight());
        assertEveryBoxInTheWindow(robot, "English");
        robot.interact(() -> Messages.setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEveryBoxInTheWindow(robot, "Chinese");
        robot.interact(() -> window.appearance().setPresenterMode(true));
        assertEveryBoxInTheWindow(robot, "Chinese, presenter mode");
        robot.interact(() -> window.appearance().setLayerDetail(true));
        assertEveryBoxInTheWindow(robot, "Chinese, presenter mode, detail open");
        robot.interact(() -> {
            while (stepper.canStepForwardProperty().get()) {
                stepper.next();
            }
        });
        assertEveryBoxInTheWindow(robot, "Chinese, presenter mode, the end of the backward pass");
        robot.interact(() -> Messages.setLanguage(Language.ENGLISH));
        assertEveryBoxInTheWindow(robot, "English, presenter mode, the end of the backward pass");
        assertEquals(1280, scene.getWidth(), "still a 720p projector");
    }

    @Test
    void clickingTheBoxOfConv2SelectsConv2AndOpensTheDetail(FxRobot robot) {
        robot.interact(() -> {
            stepper.next();
            stepper.next();
        });
        assertFalse(window.appearance().isLayerDetail());
        robot.clickOn(boxes(robot).get(3));
        assertTrue(window.appearance().isLayerDetail(), "a click opens the panel, as in the strip");
        assertEquals("conv2", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertTrue(boxes(robot).get(3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")),
                "the box shows the strip's selection");
    }

    @Test
    void theCurrentBoxFollowsNextAndPreviousAndShowsTheDirection(FxRobot robot) {
        Node row = scene.lookup("#pass-row");
        double height = row.getLayoutBounds().getHeight();
        robot.interact(() -> scene.getRoot().requestFocus());
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        List<Node> boxes = boxes(robot);
        assertCurrent(boxes, 1, FORWARD);
        assertTrue(boxes.get(0).getPseudoClassStates().contains(COMPUTED));
        assertFalse(boxes.get(2).getPseudoClassStates().contains(COMPUTED), "maxpool1 is not computed yet");
        robot.push(KeyCode.LEFT);
        assertCurrent(boxes, 0, FORWARD);
        assertFalse(boxes.get(1).getPseudoClassStates().contains(COMPUTED), "back: relu1 is not computed again yet");

        robot.interact(() -> {
            while (stepper.getPhase() != Stepper.Phase.LOSS) {
                stepper.next();
            }
        });
        robot.interact(() -> scene.getRoot().layout());
        assertCurrent(boxes, 13, FORWARD); // the loss box
        robot.push(KeyCode.RIGHT);
        assertEquals(Stepper.Phase.BACKWARD, stepper.getPhase());
        assertCurrent(boxes, 12, BACKWARD);
        robot.push(KeyCode.RIGHT);
        assertCurrent(boxes, 11, BACKWARD);
        robot.push(KeyCode.LEFT);
        assertCurrent(boxes, 12, BACKWARD);
        robot.interact(() -> Messages.setLanguage(Language.SIMPLIFIED_CHINESE));
        robot.interact(() -> scene.getRoot().layout());
        assertEquals(height, row.getLayoutBounds().getHeight(), "the row keeps its height, pictures or not, in both languages");
    }

    private void assertCurrent(List<Node> boxes, int index, PseudoClass direction) {
        for (int i = 0; i < boxes.size(); i++) {
            assertEquals(i == index, boxes.get(i).getPseudoClassStates().contains(CURRENT), "box " + i + " current");
        }
        assertTrue(boxes.get(index).getPseudoClassStates().contains(direction), "box " + index + " shows " + direction);
        PseudoClass other = direction == FORWARD ? BACKWARD : FORWARD;
        assertFalse(boxes.get(index).getPseudoClassStates().contains(other));
    }

    @Test
    void withThePanelOpenTheDetailGetsThreeQuartersAndThePadComesBackWithFOrTheButton(FxRobot robot) {
        robot.interact(() -> {
            stepper.next();
            window.appearance().setLayerDetail(true);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        BorderPane root = (BorderPane) scene.getRoot();
        assertTrue(window.isFocusLayout());
        assertTrue(root.getLeft() instanceof FocusColumn, "the narrow column instead of the pad");
        assertNull(root.getRight(), "the bars give way too");
        assertNull(scene.lookup("#draw-pad"));
        FocusColumn column = (FocusColumn) root.getLeft();
        assertEquals(FocusColumn.SHOWN, column.listedDigits().size(), "the three most probable digits");
        assertEquals("2", column.listedDigits().get(0), "the drawn 2 first");
        Node detail = scene.lookup("#layer-detail");
        double share = detail.localToScene(detail.getLayoutBounds()).getWidth() / scene.getWidth();
        assertTrue(share >= 0.75, "the detail view has " + share + " of the width");

        robot.interact(() -> window.drawingPane().getPad().requestFocus());
        robot.interact(() -> {
            window.appearance().setLayerDetail(false);
            window.appearance().setLayerDetail(true);
        });
        assertSame(scene.getRoot(), scene.getFocusOwner(), "not the tab headers, which keep the arrow keys");
        int before = stepper.getPosition();
        robot.push(KeyCode.RIGHT);
        assertEquals(before + 1, stepper.getPosition(), "the pad had the focus: the arrows still step once it has gone");
        robot.push(KeyCode.F);
        assertFalse(window.isFocusLayout());
        assertNotNull(scene.lookup("#draw-pad"), "F brings the pad back");
        assertNotNull(scene.lookup("#probability-bars"));
        robot.push(KeyCode.F);
        assertTrue(window.isFocusLayout(), "and F gives the detail the room again");

        robot.clickOn("#focus-show-pad");
        assertFalse(window.isFocusLayout(), "the column's button brings the pad back");
        assertSame(window.drawingPane(), root.getLeft());
        robot.clickOn("#focus-hide-pad");
        assertTrue(window.isFocusLayout(), "and a button beside the bars takes it away again");

        robot.interact(() -> {
            window.appearance().setLayerDetail(false);
            window.appearance().setLayerDetail(true);
        });
        assertTrue(window.isFocusLayout(), "the panel opened again starts with the room for the detail");
        robot.interact(() -> window.appearance().setLayerDetail(false));
        assertSame(window.drawingPane(), root.getLeft(), "the panel closed: the pad is back");
    }

    /**
     * Presenter mode at 1280 x 720, both languages: the core of each view is in sight without
     * scrolling. Convolution: the input with its window, the cell's formula, the output map and the
     * kernel; pooling: the windows, routes and output (one canvas); dense: the matrix and the unit's sum.
     */
    @Test
    void inPresenterModeTheCoreOfEachViewIsInSightWithoutScrolling(FxRobot robot) {
        // Positions of the pass: layer i forward at i + 1, backward at 27 - i.
        Map<Integer, List<String>> cores = new LinkedHashMap<>();
        List<String> convolution = List.of("#conv-input", "#conv-output-map", "#conv-kernels");
        cores.put(1, concat(convolution, "#conv-cell", "#conv-result"));           // conv1 forward
        cores.put(3, List.of("#pooling-canvas"));                                  // maxpool1 forward
        cores.put(4, concat(convolution, "#conv-cell", "#conv-result"));           // conv2 forward
        cores.put(6, List.of("#pooling-canvas"));                                  // maxpool2 forward
        cores.put(8, List.of("#dense-weight-matrix", "#dense-formula"));           // dense1 forward
        cores.put(20, List.of("#dense-weight-matrix", "#dense-formula"));          // dense1 backward
        cores.put(22, List.of("#pooling-canvas"));                                 // maxpool2 backward
        cores.put(24, concat(convolution, "#conv-grad-cell", "#conv-grad-result")); // conv2 backward
        cores.put(25, List.of("#pooling-canvas"));                                 // maxpool1 backward
        cores.put(27, concat(convolution, "#conv-grad-cell", "#conv-grad-result")); // conv1 backward
        robot.interact(() -> {
            window.appearance().setPresenterMode(true);
            window.appearance().setLayerDetail(true);
            // As the class sees it while the teacher talks: the pointer at rest, the bars gone.
            window.presenterMode().pointerRested();
        });
        for (Language language : Language.values()) {
            robot.interact(() -> Messages.setLanguage(language));
            for (Map.Entry<Integer, List<String>> core : cores.entrySet()) {
                robot.interact(() -> {
                    stepper.reset();
                    while (stepper.getPosition() < core.getKey()) {
                        stepper.next();
                    }
                    // Twice, as two pulses: the view moved under the formula or beside it is styled anew.
                    for (int pulse = 0; pulse < 2; pulse++) {
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                    }
                });
                for (String id : core.getValue()) {
                    Node node = scene.lookup(id);
                    String what = language + ", position " + core.getKey() + ", " + id;
                    assertNotNull(node, what);
                    assertTrue(node.isVisible(), what + " is shown");
                    Bounds b = node.localToScene(node.getLayoutBounds());
                    Node viewport = scene.lookup("#layer-detail .scroll-pane > .viewport");
                    Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
                    assertTrue(b.getWidth() > 0 && b.getMinX() >= seen.getMinX() - 0.5 && b.getMaxX() <= seen.getMaxX() + 0.5
                            && b.getMinY() >= seen.getMinY() - 0.5 && b.getMaxY() <= seen.getMaxY() + 0.5,
                            what + " at " + b + " is outside the panel's view " + seen);
                }
            }
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
