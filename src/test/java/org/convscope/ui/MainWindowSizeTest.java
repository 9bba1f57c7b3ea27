package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How big the window opens on the screens a teacher meets. */
class MainWindowSizeTest {

    @Test
    void fillsAProjectorAndTakesMostOfALargeMonitor() {
        assertEquals(1280, MainWindow.preferredExtent(1280, 1280), "a 1280x720 projector: all of it");
        assertEquals(720, MainWindow.preferredExtent(800, 720));
        assertEquals(1280, MainWindow.preferredExtent(1280, 1366), "a laptop: no smaller than the projector");
        assertEquals(1632, MainWindow.preferredExtent(1280, 1920), "full HD: 85 %");
        assertEquals(918, MainWindow.preferredExtent(800, 1080));
        assertEquals(2176, MainWindow.preferredExtent(1280, 2560));
    }
}
