package org.convscope.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.convscope.io.AtomicFile;

/**
 * Pictures of what is on screen as PNG files: File > Export current view as PNG... and the
 * {@code screenshots} command.
 *
 * <p>Two halves, for two threads. {@link #snapshot} renders a node on the FX thread (JavaFX
 * allows nothing else) and copies its pixels out, so the FX thread is free again as soon as the
 * picture is taken. {@link #write} encodes and writes those pixels on any thread, through an
 * {@link AtomicFile}, so a failed export never leaves half a PNG where a good one was.
 *
 * <p>PNG encoding goes through AWT's {@link ImageIO} on a plain {@link BufferedImage} rather than
 * {@code SwingFXUtils}, which would pull in the whole javafx-swing module for one copy loop.
 */
public final class PngExport {

    private PngExport() {
    }

    /**
     * The pixels of a picture, row by row, each an ARGB int ({@code 0xAARRGGBB}). Owned by
     * whoever holds it: no JavaFX object behind it, so it can travel to a worker thread.
     */
    public record Pixels(int width, int height, int[] argb) {
        public Pixels {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException(width + " x " + height + " pixels cannot hold " + argb.length);
            }
        }

        /** The ARGB value at column {@code x}, row {@code y}. */
        public int at(int x, int y) {
            return argb[y * width + x];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pixels p && p.width == width && p.height == height && Arrays.equals(p.argb, argb);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * width + height) + Arrays.hashCode(argb);
        }

        @Override
        public String toString() {
            return "Pixels[" + width + " x " + height + "]";
        }
    }

    /**
     * Renders {@code node} as it is laid out (its layout box, so a focus glow or shadow sticking out
     * does not change the picture's size) at {@code scale} times its size on screen: 2 gives
     * slides a sharp picture on a high-resolution projector. The result is
     * {@code ceil(width x scale)} by {@code ceil(height x scale)} pixels; whatever the node leaves
     * transparent is white, like paper. Call on the FX thread; the node needs no window, but
     * without a scene it has no stylesheet and looks unstyled.
     */
    public static Pixels snapshot(Node node, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("the scale must be positive, got " + scale);
        }
        // Styles and layout first, so a node that has never been shown has its size.
        node.applyCss();
        if (node instanceof Parent parent) {
            parent.layout();
        }
        Bounds box = node.getLayoutBounds();
        int width = (int) Math.ceil(box.getWidth() * scale);
        int height = (int) Math.ceil(box.getHeight() * scale);
        if (width <= 0 || height <= 0) {
            throw new IllegalStateException("there is nothing to export: " + node + " has no size yet");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        // The viewport is in scaled coordinates.
        parameters.setViewport(new Rectangle2D(box.getMinX() * scale, box.getMinY() * scale, width, height));
        WritableImage image = node.snapshot(parameters, new WritableImage(width, height));
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /**
     * Writes {@code pixels} as a PNG to {@code file}, replacing it, through a temporary file in
     * the same folder; any thread. An opaque picture is stored without an alpha channel (a quarter
     * smaller, and what image viewers and slide programs expect of a screenshot).
     *
     * @throws IOException naming {@code file} and why it could not be written
     */
    public static void write(Pixels pixels, Path file) throws IOException {
        boolean opaque = Arrays.stream(pixels.argb()).allMatch(p -> p >>> 24 == 0xff);
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                // Only if the JDK's PNG writer were missing: not something the user can fix.
                throw new IOException("this Java runtime has no PNG writer");
            }
        });
    }
}
