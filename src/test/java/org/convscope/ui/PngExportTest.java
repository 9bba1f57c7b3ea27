package org.convscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Snapshots at a scale, pixels at known places, and the PNG they become. */
@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;
    private static final int WHITE = 0xffffffff;

    /**
     * 40 x 30: blue on the left half, a red 6 x 4 block at (30, 20), nothing (transparent) elsewhere.
     * No scene: the export must work on a node that was never shown.
     */
    private static Pane sample() {
        Rectangle blue = new Rectangle(0, 0, 20, 30);
        blue.setFill(Color.BLUE);
        Rectangle red = new Rectangle(30, 20, 6, 4);
        red.setFill(Color.RED);
        Pane pane = new Pane(blue, red);
        pane.resize(40, 30);
        return pane;
    }

    private static PngExport.Pixels snapshot(FxRobot robot, double scale) {
        AtomicReference<PngExport.Pixels> pixels = new AtomicReference<>();
        robot.interact(() -> pixels.set(PngExport.snapshot(sample(), scale)));
        return pixels.get();
    }

    @Test
    void aSnapshotHasTheNodesPixelsAndTransparentPartsTurnWhite(FxRobot robot) {
        PngExport.Pixels pixels = snapshot(robot, 1);
        assertEquals(40, pixels.width());
        assertEquals(30, pixels.height());
        assertEquals(BLUE, pixels.at(5, 5));
        assertEquals(RED, pixels.at(32, 22));
        assertEquals(WHITE, pixels.at(25, 5), "nothing drawn there");
        assertEquals(WHITE, pixels.at(37, 22), "right of the red block");
    }

    @Test
    void scaleTwoDoublesBothSidesAndPutsEveryPixelTwiceAsFar(FxRobot robot) {
        PngExport.Pixels pixels = snapshot(robot, 2);
        assertEquals(80, pixels.width());
        assertEquals(60, pixels.height());
        assertEquals(RED, pixels.at(61, 41), "the red block's top-left corner, doubled");
        assertEquals(RED, pixels.at(70, 46), "its bottom-right corner, doubled");
        assertEquals(WHITE, pixels.at(59, 39), "just outside it");
        assertEquals(WHITE, pixels.at(73, 41), "just right of it");
        assertEquals(BLUE, pixels.at(39, 59), "the blue half is 40 pixels wide now");
        assertEquals(WHITE, pixels.at(41, 59));
    }

    @Test
    void theWrittenPngReadsBackWithTheSamePixels(FxRobot robot, @TempDir Path dir) throws IOException {
        PngExport.Pixels pixels = snapshot(robot, 2);
        Path file = dir.resolve("sample.png");
        PngExport.write(pixels, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(80, png.getWidth());
        assertEquals(60, png.getHeight());
        assertFalse(png.getColorModel().hasAlpha(), "an opaque snapshot is stored without alpha");
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                assertEquals(pixels.at(x, y), png.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void transparencyIsKeptWhenThereIsSome(@TempDir Path dir) throws IOException {
        int halfRed = 0x80ff0000;
        PngExport.Pixels pixels = new PngExport.Pixels(2, 1, new int[] {halfRed, 0x00000000});
        Path file = dir.resolve("alpha.png");
        PngExport.write(pixels, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertTrue(png.getColorModel().hasAlpha());
        assertEquals(halfRed, png.getRGB(0, 0));
        assertEquals(0, png.getRGB(1, 0) >>> 24);
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedInTheError(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path file = notAFolder.resolve("view.png");
        PngExport.Pixels pixels = new PngExport.Pixels(1, 1, new int[] {WHITE});

        IOException e = assertThrows(IOException.class, () -> PngExport.write(pixels, file));
        assertTrue(e.getMessage().contains("view.png"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), "the temporary file is not the user's concern: " + e.getMessage());
    }
}
