package org.convscope.ui.maps;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * How a cell whose value is not a number (NaN or an infinity) is drawn: diagonal dark lines on
 * light grey, the same in every theme. A shape, not a colour, so it reads in grey-scale print
 * and with any colour vision, and no colour of a scale is taken from the values that have one.
 *
 * <p>The lines are laid in the coordinates of the whole picture, not of each cell, so that
 * neighbouring hatched cells continue each other's lines and a map that is all NaN reads as one
 * hatched area even at one or two pixels a cell.
 */
public final class Hatching {
    /** The grey between the lines. */
    public static final int BACKGROUND = 0xffd4d4d4;
    /** The lines. */
    public static final int LINE = 0xff3a3a3a;
    /** Pixels from one line to the next, along a row. */
    static final int PERIOD = 6;
    /** Pixels of line in each period. */
    static final int WIDTH = 2;

    private static final Color BACKGROUND_COLOR = color(BACKGROUND);
    private static final Color LINE_COLOR = color(LINE);

    private Hatching() {
    }

    /** The colour of pixel (x, y) of a hatched area, in the coordinates of the whole picture. */
    public static int argb(int x, int y) {
        return Math.floorMod(x + y, PERIOD) < WIDTH ? LINE : BACKGROUND;
    }

    /** Hatches the rectangle (x, y, w, h) of a canvas, lines in the canvas's coordinates. */
    public static void fill(GraphicsContext g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
        g.setFill(BACKGROUND_COLOR);
        g.fillRect(x, y, w, h);
        g.setStroke(LINE_COLOR);
        g.setLineWidth(WIDTH * Math.sqrt(0.5)); // measured across the line: WIDTH pixels along a row
        // Lines x + y = k * PERIOD (+ the middle of a line) that cross the rectangle.
        double first = Math.floor((x + y) / PERIOD) * PERIOD + WIDTH / 2.0;
        for (double k = first; k <= x + y + w + h + PERIOD; k += PERIOD) {
            g.strokeLine(k - y, y, k - (y + h), y + h);
        }
        g.restore();
    }

    /** A hatched picture of {@code width} x {@code height} pixels: the legend's key. */
    public static WritableImage image(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = argb(x, y);
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
