package org.convscope.ui.maps;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Keeps one child of a horizontally scrolling row on screen: the strip's current column, the pass row's box. */
final class HorizontalScroll {
    private HorizontalScroll() {
    }

    /**
     * Scrolls {@code scroll} as little as needed for {@code child} of {@code content} to be in view.
     * False while either has no size yet, so the next layout tries again.
     */
    static boolean keepInView(ScrollPane scroll, Region content, Region child) {
        double contentWidth = content.getLayoutBounds().getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (viewport <= 0 || contentWidth <= 0 || child.getWidth() <= 0) {
            return false;
        }
        if (contentWidth <= viewport) {
            return true;
        }
        Bounds b = child.getBoundsInParent();
        double left = scroll.getHvalue() * (contentWidth - viewport);
        double target = left;
        if (b.getMinX() < left) {
            target = b.getMinX();
        } else if (b.getMaxX() > left + viewport) {
            target = b.getMaxX() - viewport;
        }
        scroll.setHvalue(target / (contentWidth - viewport));
        return true;
    }

}
