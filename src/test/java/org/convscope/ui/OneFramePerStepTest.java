package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.convscope.ui.stepper.StepperViewModel;
import org.junit.jupiter.api.Test;

/**
 * Each step of the pass is on screen after one pulse, with the detail panel open (the focus
 * layout at 1280 x 720): the pulse's layout leaves nothing to lay out again, and the pass row marks
 * the new current box before that pulse's CSS. A layout that asks for another shows the step a
 * frame late and costs a second pulse; the status line once did, at every step.
 */
class OneFramePerStepTest {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    /**
     * What one pulse after a step left: parents still waiting for a layout, the boxes marked current,
     * and whether those wear the current box's style already (its border, from CSS) or still another's.
     */
    private record AfterPulse(List<String> needingLayout, int currentBoxes, boolean currentStyled) {
    }

    @Test
    void everyStepForwardAndBackIsLaidOutInTheFirstPulse() throws Exception {
        MainScreenShots.onHeadlessWindow(screen -> {
            MainWindow window = screen.window();
            StepperViewModel stepper = window.stepper();
            Scene scene = HeadlessFx.call(() -> {
                Scene shown = window.drawingPane().getScene(); // before the focus layout takes the pad away
                window.appearance().setLayerDetail(true);
                stepper.reset();
                return shown;
            });
            afterOnePulse(scene, () -> { }); // the panel opened
            int steps = 0;
            while (HeadlessFx.call(() -> stepper.canStepForwardProperty().get())) {
                check(afterOnePulse(scene, stepper::next), HeadlessFx.call(stepper::getPosition));
                steps++;
            }
            while (HeadlessFx.call(() -> stepper.canStepBackProperty().get())) {
                check(afterOnePulse(scene, stepper::previous), HeadlessFx.call(stepper::getPosition));
                steps++;
            }
            assertEquals(2 * 27, steps, "LeNet-5's pass, forward to the end and back");
            return null;
        });
    }

    private static void check(AfterPulse after, int position) {
        assertEquals(List.of(), after.needingLayout(), "still to lay out after the pulse of position " + position);
        // Position 0 is before the pass and 27 its end: no layer is current there.
        if (position > 0 && position < 27) {
            assertEquals(1, after.currentBoxes(), "boxes marked current at position " + position);
            assertTrue(after.currentStyled(), "the current box is styled as current in the same pulse, position " + position);
        }
    }

    /** Runs {@code step} on the FX thread and reads the scene after the post-layout listeners of the next pulse. */
    private static AfterPulse afterOnePulse(Scene scene, Runnable step) throws Exception {
        CompletableFuture<AfterPulse> result = new CompletableFuture<>();
        Runnable read = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                List<String> waiting = new ArrayList<>();
                needingLayout(scene.getRoot(), waiting);
                List<Region> current = new ArrayList<>();
                List<Region> others = new ArrayList<>();
                for (Node box : scene.getRoot().lookupAll(".pass-row-box")) {
                    (box.getPseudoClassStates().contains(CURRENT) ? current : others).add((Region) box);
                }
                boolean styled = current.stream().allMatch(box -> others.stream()
                        .noneMatch(other -> Objects.equals(other.getBorder(), box.getBorder())));
                result.complete(new AfterPulse(waiting, current.size(), styled));
            }
        };
        HeadlessFx.call(() -> {
            step.run();
            scene.addPostLayoutPulseListener(read);
            Platform.requestNextPulse();
            return null;
        });
        AfterPulse after = result.get(30, TimeUnit.SECONDS);
        assertTrue(after != null);
        return after;
    }

    /** The parents that need a layout and have no child that does: where the request came from. */
    private static void needingLayout(Parent parent, List<String> found) {
        boolean inChild = false;
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && p.isNeedsLayout()) {
                inChild = true;
                needingLayout(p, found);
            }
        }
        if (!inChild && parent.isNeedsLayout()) {
            found.add(parent.getClass().getSimpleName() + parent.getStyleClass()
                    + (parent.getId() == null ? "" : "#" + parent.getId()));
        }
    }
}
