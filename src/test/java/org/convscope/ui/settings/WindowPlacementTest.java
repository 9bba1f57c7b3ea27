package org.convscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A remembered window comes back on a screen that is there. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1280, 720);

    @Test
    void aWindowOnAScreenStaysWhereItIs() {
        Rectangle2D onProjector = new Rectangle2D(1400, 10, 1200, 700);
        assertEquals(onProjector, WindowPlacement.onScreens(onProjector, List.of(PROJECTOR), LAPTOP));
    }

    @Test
    void aWindowOnAnUnpluggedProjectorMovesOntoTheMainScreen() {
        Rectangle2D onProjector = new Rectangle2D(1400, 10, 1200, 700);
        // The projector is gone: the window touches no screen connected now.
        assertEquals(new Rectangle2D(166, 10, 1200, 700), WindowPlacement.onScreens(onProjector, List.of(), LAPTOP));
        Rectangle2D farAway = new Rectangle2D(-9000, -9000, 800, 600);
        assertEquals(new Rectangle2D(0, 0, 800, 600), WindowPlacement.onScreens(farAway, List.of(), LAPTOP));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToFit() {
        Rectangle2D big = new Rectangle2D(100, 100, 1920, 1080);
        assertEquals(LAPTOP, WindowPlacement.onScreens(big, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowAcrossTwoScreensMovesOntoTheOneItMostlyCovers() {
        Rectangle2D across = new Rectangle2D(1000, 0, 1200, 700); // 366 px on the laptop, 834 on the projector
        assertEquals(new Rectangle2D(1366, 0, 1200, 700),
                WindowPlacement.onScreens(across, List.of(LAPTOP, PROJECTOR), LAPTOP));
    }
}
