package org.convscope.data;

import java.util.Objects;

/**
 * The content of an IDX image file: {@code count} grey images of {@code rows x cols} unsigned
 * bytes (0 = background, 255 = ink), stored one after the other, each row-major.
 *
 * <p>The pixel array is shared, not copied: whoever builds an instance hands it over.
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    public IdxImages {
        Objects.requireNonNull(pixels, "pixels");
        if (count < 0 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("images need count >= 0 and rows, cols >= 1, got " + count + " of "
                    + rows + "x" + cols);
        }
        if ((long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException(count + " images of " + rows + "x" + cols + " need "
                    + (long) count * rows * cols + " bytes, got " + pixels.length);
        }
    }

    /** Bytes in one image. */
    public int imageSize() {
        return rows * cols;
    }

    /** Pixel (y, x) of image {@code index}, as 0..255. */
    public int pixel(int index, int y, int x) {
        return pixels[index * imageSize() + y * cols + x] & 0xFF;
    }
}
