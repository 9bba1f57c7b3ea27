package org.convscope.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import org.convscope.ui.maps.FeatureMapView;
import org.convscope.ui.maps.FeatureMapViewSkin;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Points the robot at one cell of a drawn map, as a student does, and waits until the map has it. */
final class MapPointer {
    private MapPointer() {
    }

    /** Moves the pointer to the middle of cell (row, col) of {@code map}, as drawn now. */
    static void hover(FxRobot robot, FeatureMapView map, int row, int col) {
        // After a step the panel settles over a few pulses (its scroll pane, the whole-cell boxes), and a
        // map redrawn meanwhile forgets its hovered cell: let it settle before pointing.
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int cell = pixelsPerCell(map);
        // From another cell of the same map first: a pointer already resting on the target (left
        // there by an earlier test) would send no move. Not from outside it: a tooltip of whatever is
        // there could open over the target and take the pointer's events.
        int otherRow = row == 0 ? 1 : 0;
        robot.moveTo(centre(map, cell, otherRow, col));
        robot.moveTo(centre(map, cell, row, col));
        // The pointer's events reach the FX thread from the platform's input thread: wait until the
        // map has the cell, rather than reading the value line a moment too early.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.getHoveredCell() != null
                    && (map.getTensor().shape().vector() ? map.cellAt(row, col) != null
                            && map.getHoveredCell().row() == map.cellAt(row, col).row()
                            : map.getHoveredCell().row() == row && map.getHoveredCell().col() == col));
        } catch (TimeoutException e) {
            throw new AssertionError("the pointer at row " + row + ", column " + col + " hovered " + map.getHoveredCell(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pixels per cell of {@code map} as drawn now. */
    static int pixelsPerCell(FeatureMapView map) {
        return ((FeatureMapViewSkin) map.getSkin()).pixelsPerCell();
    }

    private static Point2D centre(FeatureMapView map, int cell, int row, int col) {
        return map.localToScreen(map.snappedLeftInset() + col * cell + cell / 2.0,
                map.snappedTopInset() + row * cell + cell / 2.0);
    }
}
