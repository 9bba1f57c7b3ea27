package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Pictures of a part of the window, as a later list entry (a layer's detail view) will ask for:
 * the subject's own size, in the language asked for, and the language shown before put back.
 */
class MainScreenShotsTest {

    @BeforeAll
    static void toolkitStartedByTestFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aShotOfOnePartIsThatPartsSizeAndTheLanguageIsPutBack(@TempDir Path dir) throws Exception {
        Locale before = Messages.getLocale();
        List<MainScreenShots.Written> written = new ArrayList<>();
        ScreenShot strip = new ScreenShot("strip-zh.png", Language.SIMPLIFIED_CHINESE,
                ScreenShot.PassStep.forward("conv1"), "#network-strip");

        MainScreenShots.writeAll(List.of(strip), dir, 1, written::add);

        assertEquals(1, written.size());
        assertEquals(dir.resolve("strip-zh.png"), written.get(0).file());
        BufferedImage png = ImageIO.read(written.get(0).file().toFile());
        assertEquals(written.get(0).width(), png.getWidth());
        assertEquals(written.get(0).height(), png.getHeight());
        // The middle of a 1280 x 720 window, between the pad and the bars, under the toolbar.
        assertTrue(png.getWidth() > 400 && png.getWidth() < 900, "strip width " + png.getWidth());
        assertTrue(png.getHeight() > 300 && png.getHeight() < 650, "strip height " + png.getHeight());
        assertEquals(before, Messages.getLocale(), "the language shown before is back");
    }

    @Test
    void aSubjectThatIsNotOnScreenFailsAndWritesNothing(@TempDir Path dir) throws Exception {
        ScreenShot missing = new ScreenShot("detail.png", Language.ENGLISH, ScreenShot.PassStep.forward("conv1"),
                "#no-such-view");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MainScreenShots.writeAll(List.of(missing), dir, 1, w -> { }));
        assertTrue(e.getMessage().contains("#no-such-view"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("detail.png")));
    }
}
