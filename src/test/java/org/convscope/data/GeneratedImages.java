package org.convscope.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Small labelled 28x28 image sets drawn in code, so tests need no downloaded data: class 0 is a
 * horizontal bar, class 1 a vertical bar, class 2 a cross, each at a random place with random
 * thickness, length and ink, over faint noise.
 */
public final class GeneratedImages {
    public static final int SIDE = 28;
    public static final int CLASSES = 3;

    private GeneratedImages() {
    }

    /** Images and labels as they go into IDX files. */
    public record Raw(IdxImages images, byte[] labels) {
    }

    /** {@code count} images, classes taking turns (0, 1, 2, 0 ...), drawn from {@code seed}. */
    public static Raw generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] pixels = new byte[count * SIDE * SIDE];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            int label = i % CLASSES;
            labels[i] = (byte) label;
            draw(pixels, i * SIDE * SIDE, label, random);
        }
        return new Raw(new IdxImages(count, SIDE, SIDE, pixels), labels);
    }

    /** The generated images as a data set for a network of 10 classes (like the presets). */
    public static Dataset barsAndCrosses(int count, long seed) {
        Raw raw = generate(count, seed);
        return Dataset.of("bars-and-crosses", raw.images(), raw.labels(), 10);
    }

    /** Writes {@code count} generated images and their labels as gzip IDX files; returns {images, labels}. */
    public static Path[] writeIdx(Path dir, String prefix, int count, long seed) throws IOException {
        Raw raw = generate(count, seed);
        Path images = dir.resolve(prefix + "-images.idx.gz");
        Path labels = dir.resolve(prefix + "-labels.idx.gz");
        IdxWriter.writeImages(images, raw.images(), IdxWriter.Compression.GZIP);
        IdxWriter.writeLabels(labels, raw.labels(), IdxWriter.Compression.GZIP);
        return new Path[] {images, labels};
    }

    private static void draw(byte[] pixels, int base, int label, SplittableRandom random) {
        for (int p = 0; p < SIDE * SIDE; p++) {
            pixels[base + p] = (byte) random.nextInt(40);
        }
        int centreY = 8 + random.nextInt(12);
        int centreX = 8 + random.nextInt(12);
        int halfLength = 5 + random.nextInt(4);
        int thickness = 2 + random.nextInt(2);
        int ink = 180 + random.nextInt(76);
        if (label == 0 || label == 2) {
            fill(pixels, base, centreY - thickness / 2, centreY - thickness / 2 + thickness, centreX - halfLength,
                    centreX + halfLength, ink);
        }
        if (label == 1 || label == 2) {
            fill(pixels, base, centreY - halfLength, centreY + halfLength, centreX - thickness / 2,
                    centreX - thickness / 2 + thickness, ink);
        }
    }

    private static void fill(byte[] pixels, int base, int y0, int y1, int x0, int x1, int ink) {
        for (int y = Math.max(0, y0); y < Math.min(SIDE, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(SIDE, x1); x++) {
                pixels[base + y * SIDE + x] = (byte) ink;
            }
        }
    }
}
