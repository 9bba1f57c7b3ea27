package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.convscope.data.GreyImage;
import org.convscope.data.HandMadePng;
import org.convscope.data.Stroke;
import org.convscope.data.StrokeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classify} on picture files, with the shipped model and with a given one. */
class ClassifyCommandTest {
    @TempDir
    Path dir;

    /** Writes {@code picture} as a PNG, optionally as light ink on black. */
    private Path png(String name, GreyImage picture, boolean inverted) throws IOException {
        GreyImage shown = inverted ? picture.inverted() : picture;
        BufferedImage image = new BufferedImage(shown.width(), shown.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < shown.height(); y++) {
            for (int x = 0; x < shown.width(); x++) {
                int v = (int) Math.round(shown.at(x, y) * 255);
                image.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A zero as an oval of pen strokes, in a 200x200 picture. */
    private static GreyImage zero() {
        List<Stroke.Point> points = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double a = 2 * Math.PI * i / 60;
            points.add(new Stroke.Point(100 + 45 * Math.sin(a), 100 - 70 * Math.cos(a)));
        }
        return StrokeRenderer.render(List.of(new Stroke(points, 16)), 200, 200);
    }

    @Test
    void aDrawnZeroIsAZeroInEitherColourAndTheStepsAreReported() throws IOException {
        for (boolean inverted : new boolean[] {false, true}) {
            CliRun run = CliRun.of("classify", "--image", png("zero.png", zero(), inverted).toString());
            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertTrue(lines.get(0).startsWith("200x200 picture, " + (inverted ? "light ink on dark" : "dark ink on light")
                    + "; ink box"), run.toString());
            assertTrue(lines.get(1).startsWith("centre of mass moved to the middle of 28x28"), run.toString());
            assertTrue(lines.get(2).matches("1\\. 0  [01]\\.\\d{4}"), run.toString());
            assertTrue(lines.get(3).matches("2\\. \\d  [01]\\.\\d{4}"), run.toString());
            assertEquals(5, lines.size(), run.toString());
        }
    }

    @Test
    void aBlankPictureIsNothingDrawn() throws IOException {
        CliRun run = CliRun.of("classify", "--image", png("blank.png", GreyImage.white(64, 64), false).toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nothing drawn"), run.toString());
    }

    @Test
    void aFileThatIsNoPictureIsNamed() throws IOException {
        Path notAPicture = Files.writeString(dir.resolve("notes.png"), "not a picture");
        CliRun run = CliRun.of("classify", "--image", notAPicture.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("notes.png is not a picture ConvScope can read"), run.toString());
    }

    @Test
    void everyBadPictureIsOneErrorLineAndExitCodeOne() throws IOException {
        Path huge = Files.write(dir.resolve("huge.png"), HandMadePng.grey(30000, 30000, 10));
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        byte[] good = Files.readAllBytes(png("good.png", zero(), false));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(good, good.length / 2));
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        Path missing = dir.resolve("missing.png");
        Map<Path, String> expected = Map.of(
                huge, huge + ": 30000 x 30000 pixels is larger than 4,000 x 4,000, the largest picture ConvScope opens",
                empty, empty + " is empty: it holds no picture",
                cut, cut + " is damaged: the PNG data cannot be decoded",
                folder, folder + " is a folder, not a picture",
                missing, "no such file or folder: " + missing);
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            CliRun run = CliRun.of("classify", "--image", e.getKey().toString());
            assertEquals(1, run.exitCode(), run.toString());
            assertEquals("", run.out(), run.toString());
            assertEquals(1, run.err().lines().count(), run.toString());
            assertTrue(run.err().startsWith("error: " + e.getValue()), run.toString());
        }
    }
}
