package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots command run in-process, as the jar runs it. In this JVM TestFX owns the toolkit
 * (started here first, so the command finds it running and must leave it running for the UI
 * tests after it); the jar's own start is exercised by running the jar (README).
 */
class ScreenshotsCommandTest {
    /** The whole window, 1280 x 720. */
    private static final List<String> FILES =
            List.of("main-en-forward.png", "main-en-backward.png", "main-zh-forward.png", "main-zh-backward.png",
                    "detail-en-forward.png", "detail-zh-backward.png",
                    "classroom-en-720p.png", "classroom-zh-720p.png", "theme-dark.png", "presenter-high-contrast.png",
                    "classroom-presenter-zh-720p.png");
    /** The detail views in full: their size is the view's, at the panel's width. */
    private static final List<String> VIEWS =
            List.of("view-conv-en-forward.png", "view-conv-zh-backward.png",
                    "view-activation-en-forward.png", "view-activation-zh-backward.png",
                    "view-pool-en-forward.png", "view-pool-en-backward.png",
                    "view-flatten-en-forward.png", "view-flatten-en-backward.png",
                    "view-dense-zh-forward.png", "view-dense-en-backward.png",
                    "view-dropout-en-forward-training.png", "view-dropout-en-backward-training.png",
                    "view-softmax-en-loss.png");
    private static final List<String> VIEW_DESCRIPTIONS =
            List.of("English, forward at conv1, detail view", "Chinese, backward at conv1, detail view",
                    "English, forward at relu1, detail view", "Chinese, backward at relu1, detail view",
                    "English, forward at maxpool2, detail view", "English, backward at maxpool2, detail view",
                    "English, forward at flatten1, detail view", "English, backward at flatten1, detail view",
                    "Chinese, forward at dense2, detail view", "English, backward at dense2, detail view",
                    "English, forward at dropout1, detail view, training mode",
                    "English, backward at dropout1, detail view, training mode",
                    "English, loss, detail view");

    @BeforeAll
    static void toolkitStartedByTestFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void writesThePicturesOfTheMainWindowAt1280x720AndOfEachDetailViewInFull(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("screenshots");
        CliRun run = CliRun.of("screenshots", "--out", out.toString());

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        assertEquals(FILES.size() + VIEWS.size(), lines.size(), run::toString);
        assertEquals(List.of(
                "wrote " + out.resolve(FILES.get(0)) + " (1280 x 720): English, forward at conv2",
                "wrote " + out.resolve(FILES.get(1)) + " (1280 x 720): English, backward at conv2",
                "wrote " + out.resolve(FILES.get(2)) + " (1280 x 720): Chinese, forward at conv2",
                "wrote " + out.resolve(FILES.get(3)) + " (1280 x 720): Chinese, backward at conv2",
                "wrote " + out.resolve(FILES.get(4)) + " (1280 x 720): English, forward at conv2, layer detail open",
                "wrote " + out.resolve(FILES.get(5)) + " (1280 x 720): Chinese, backward at conv2, layer detail open",
                "wrote " + out.resolve(FILES.get(6)) + " (1280 x 720): English, forward at conv1, layer detail open",
                "wrote " + out.resolve(FILES.get(7)) + " (1280 x 720): Chinese, forward at conv1, layer detail open",
                "wrote " + out.resolve(FILES.get(8)) + " (1280 x 720): English, forward at conv2, dark theme",
                "wrote " + out.resolve(FILES.get(9))
                        + " (1280 x 720): English, forward at conv2, presenter mode, high contrast theme",
                "wrote " + out.resolve(FILES.get(10))
                        + " (1280 x 720): Chinese, forward at conv1, layer detail open, presenter mode"),
                lines.subList(0, FILES.size()));
        for (int i = 0; i < VIEWS.size(); i++) {
            String expected = Pattern.quote("wrote " + out.resolve(VIEWS.get(i))) + " \\((\\d+) x (\\d+)\\): "
                    + Pattern.quote(VIEW_DESCRIPTIONS.get(i));
            Matcher line = Pattern.compile(expected).matcher(lines.get(FILES.size() + i));
            assertTrue(line.matches(), lines.get(FILES.size() + i) + " is not " + expected);
            BufferedImage view = ImageIO.read(out.resolve(VIEWS.get(i)).toFile());
            assertEquals(Integer.parseInt(line.group(1)), view.getWidth(), VIEWS.get(i));
            assertEquals(Integer.parseInt(line.group(2)), view.getHeight(), VIEWS.get(i));
            // The detail panel's width at 1280 x 720 in the focus layout: three quarters of the window or more.
            assertTrue(view.getWidth() > 900 && view.getWidth() < 1280, VIEWS.get(i) + " is " + view.getWidth() + " wide");
            assertTrue(view.getHeight() > 150, VIEWS.get(i) + " is " + view.getHeight() + " high");
            assertTrue(colours(view) > 50, VIEWS.get(i) + " has only " + colours(view) + " colours");
        }
        BufferedImage[] pictures = new BufferedImage[FILES.size()];
        for (int i = 0; i < FILES.size(); i++) {
            pictures[i] = ImageIO.read(out.resolve(FILES.get(i)).toFile());
            assertEquals(1280, pictures[i].getWidth(), FILES.get(i));
            assertEquals(720, pictures[i].getHeight(), FILES.get(i));
            // A window with a drawn digit, coloured maps and bars: far more than a few colours.
            assertTrue(colours(pictures[i]) > 200, FILES.get(i) + " has only " + colours(pictures[i]) + " colours");
        }
        assertNotEquals(0, differingPixels(pictures[0], pictures[1]), "forward and backward differ");
        assertNotEquals(0, differingPixels(pictures[0], pictures[2]), "English and Chinese differ");
        assertNotEquals(0, differingPixels(pictures[0], pictures[4]), "the detail panel open changes the picture");
        // The pad is at the same place in every picture of a language and shows the same digit: the
        // same pixels. (Chinese is set in Noto Sans CJK, whose taller lines move the pad down a little.)
        assertEquals(0, differingPixels(pictures[0].getSubimage(90, 245, 190, 180),
                pictures[1].getSubimage(90, 245, 190, 180)), "the drawn digit");
        assertEquals(0, differingPixels(pictures[2].getSubimage(90, 245, 190, 180),
                pictures[3].getSubimage(90, 245, 190, 180)), "the drawn digit, in Chinese");
        assertTrue(colours(pictures[0].getSubimage(90, 245, 190, 180)) > 2, "the pad shows the digit");
        // It found TestFX's toolkit running, so it must have left it running for the tests after it.
        assertTrue(WaitForAsyncUtils.asyncFx(() -> true).get(10, TimeUnit.SECONDS), "the FX thread still answers");
    }

    @Test
    void aScaleOutsideItsRangeIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("screenshots", "--out", dir.toString(), "--scale", "0");
        assertEquals(Cli.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: --scale must be more than 0"), run.err());
    }

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("screenshots", "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("--out=DIR") && run.out().contains("--scale=F"), run.out());
    }

    private static int colours(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        Set<Integer> distinct = new HashSet<>();
        Arrays.stream(rgb).forEach(distinct::add);
        return distinct.size();
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
