package org.convscope.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls the main window's layer detail panel to a part of its view, as a student would. */
final class DetailScroll {
    private DetailScroll() {
    }

    /** Scrolls the detail panel so that {@code node} is at the top of its view (or as far as it goes). */
    static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#layer-detail .detail-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
            double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
