package org.convscope.ui.settings;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Puts a remembered window where it can be seen. A teacher who last used ConvScope on the
 * projector, now unplugged, must not get a window on a screen that is not there: a window that lies
 * on no connected screen moves onto the main one, and one that is larger than its screen, or partly
 * off it, is made to fit inside.
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** {@code wanted} moved onto the screens connected now ({@link Screen#getScreensForRectangle}). */
    public static Rectangle2D onConnectedScreen(Rectangle2D wanted) {
        List<Rectangle2D> touched = Screen.getScreensForRectangle(wanted).stream()
                .map(Screen::getVisualBounds).toList();
        return onScreens(wanted, touched, Screen.getPrimary().getVisualBounds());
    }

    /**
     * {@code wanted} moved into the screen of {@code screens} it overlaps most, or into
     * {@code primary} when it overlaps none; shrunk first if it is larger than that screen.
     *
     * @param screens the usable bounds of the screens to consider (without task bars)
     */
    static Rectangle2D onScreens(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D target = primary;
        double best = 0;
        for (Rectangle2D screen : screens) {
            double overlap = overlap(wanted, screen);
            if (overlap > best) {
                best = overlap;
                target = screen;
            }
        }
        double width = Math.min(wanted.getWidth(), target.getWidth());
        double height = Math.min(wanted.getHeight(), target.getHeight());
        double x = clamp(wanted.getMinX(), target.getMinX(), target.getMaxX() - width);
        double y = clamp(wanted.getMinY(), target.getMinY(), target.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
