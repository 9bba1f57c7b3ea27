package org.convscope.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reads a picture file (PNG, JPEG, GIF, BMP) as a {@link GreyImage}: colours become their
 * brightness as the eye weighs it, and transparent parts count as white paper.
 */
public final class PictureFiles {
    private PictureFiles() {
    }

    /** The picture in {@code file}; the exception names the file and what is wrong. */
    public static GreyImage read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "does not exist");
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not a picture ConvScope can read (PNG, JPEG, GIF or BMP)");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        double[] values = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double luma = (0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF))
                        / 255.0;
                values[y * w + x] = alpha * luma + (1 - alpha);
            }
        }
        return new GreyImage(w, h, values);
    }
}
