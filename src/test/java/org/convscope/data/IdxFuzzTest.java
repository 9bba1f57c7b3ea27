package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged IDX pairs: 40 generated 28x28 images and their labels, plain and gzip, with bit flips,
 * runs of random bytes, cuts at every part of the layout, and the magic number and sizes set to
 * zero, huge and "negative" values (in the plain bytes, and in the bytes a gzip file unpacks to),
 * and the gzip header and trailer damaged. Every case either loads and gives its images as
 * tensors, or fails with an {@link IdxFormatException} whose message is one line naming the
 * damaged file; no other exception, and no case allocates more than {@link #MAX_ALLOCATED}
 * (a header may announce 235 MB; nothing is made for it before the data is there).
 *
 * <p>The seed is fixed: a failure names its case ("gzip images field count@4=0xffffffff") and repeats.
 */
class IdxFuzzTest {
    private static final long SEED = 0x1D_F022L;
    private static final int IMAGES = 40;
    private static final int SIDE = GeneratedImages.SIDE;
    /** The pair takes 31 KB; the rest is the reader's buffers. */
    private static final long MAX_ALLOCATED = 16L << 20;
    private static final int MIXED = 260;
    private static final int RANDOM_PER_FIELD = 3;

    @TempDir
    static Path dir;

    private static byte[] images;
    private static byte[] labels;

    @BeforeAll
    static void writePair() throws IOException {
        GeneratedImages.Raw raw = GeneratedImages.generate(IMAGES, SEED);
        Path imageFile = dir.resolve("original-images.idx");
        Path labelFile = dir.resolve("original-labels.idx");
        IdxWriter.writeImages(imageFile, raw.images(), IdxWriter.Compression.PLAIN);
        IdxWriter.writeLabels(labelFile, raw.labels(), IdxWriter.Compression.PLAIN);
        images = Files.readAllBytes(imageFile);
        labels = Files.readAllBytes(labelFile);
        // Load once, so no case pays for the classes' first use.
        check("warm-up", images, labels, null, true);
    }

    @Test
    void plainImages() throws IOException {
        int cases = fuzz("plain images", images, imageFields(), imageCuts(), false, true);
        assertTrue(cases > 300, cases + " cases");
    }

    @Test
    void plainLabels() throws IOException {
        int cases = fuzz("plain labels", labels, labelFields(), new int[] {0, 2, 4, 8, 9, 8 + IMAGES / 2}, false, false);
        assertTrue(cases > 300, cases + " cases");
    }

    @Test
    void gzipImagesAndLabels() throws IOException {
        int cases = 0;
        // What the gzip file unpacks to is damaged: the checks behind the unpacking.
        cases += fuzz("gzip images", images, imageFields(), imageCuts(), true, true);
        cases += fuzz("gzip labels", labels, labelFields(), new int[] {4, 8}, true, false);
        // The gzip file itself is damaged: header, compressed data, trailer.
        cases += fuzz("damaged gzip images", gzip(images), gzipFields(gzip(images)), gzipCuts(gzip(images)), false,
                true);
        cases += fuzz("damaged gzip labels", gzip(labels), gzipFields(gzip(labels)), gzipCuts(gzip(labels)), false,
                false);
        assertTrue(cases > 1000, cases + " cases");
    }

    /**
     * Runs every case made from {@code original}: the image file's bytes when {@code isImages},
     * else the label file's, the other file left intact. Returns how many ran.
     */
    private static int fuzz(String seedName, byte[] original, List<Mutator.Field> fields, int[] cuts, boolean thenGzip,
            boolean isImages) throws IOException {
        Mutator mutator = new Mutator(SEED ^ seedName.hashCode());
        List<Mutator.Case> cases = new ArrayList<>(mutator.mixed(original, MIXED, cuts));
        cases.addAll(mutator.fields(original, fields, RANDOM_PER_FIELD));
        int loaded = 0;
        for (Mutator.Case c : cases) {
            byte[] damaged = thenGzip ? gzip(c.bytes()) : c.bytes();
            byte[] other = isImages ? labels : images;
            boolean ok = isImages ? check(seedName + " " + c.name(), damaged, other, "images", false)
                    : check(seedName + " " + c.name(), other, damaged, "labels", false);
            loaded += ok ? 1 : 0;
        }
        // Both outcomes, or the damage is too mild or too crude to test anything.
        assertTrue(loaded > 0 && loaded < cases.size(), seedName + ": " + loaded + " of " + cases.size() + " loaded");
        return cases.size();
    }

    /** Loads one pair; true if it loaded, false if it was refused as it must be. */
    private static boolean check(String name, byte[] imageBytes, byte[] labelBytes, String damaged, boolean mustLoad)
            throws IOException {
        Path imageFile = Files.write(dir.resolve("images.idx"), imageBytes);
        Path labelFile = Files.write(dir.resolve("labels.idx"), labelBytes);
        long before = Mutator.allocatedBytes();
        boolean loaded = false;
        try {
            Dataset set = Dataset.load(imageFile, labelFile, 10);
            for (int i : new int[] {0, set.size() - 1}) {
                if (i >= 0) {
                    Tensor input = set.input(i);
                    assertEquals(set.rows() * set.cols(), input.size(), name);
                    for (double v : input.data()) {
                        assertTrue(v >= 0 && v <= 1, () -> name + ": input value " + v);
                    }
                    assertTrue(set.label(i) >= 0 && set.label(i) < 10, name);
                }
            }
            loaded = true;
        } catch (IdxFormatException e) {
            if (mustLoad) {
                fail(name + " should load: " + e.getMessage(), e);
            }
            String message = e.getMessage();
            assertTrue(message != null && !message.isBlank(), () -> name + ": empty message");
            assertTrue(message.indexOf('\n') < 0 && message.indexOf('\r') < 0, () -> name + ": " + message);
            Path named = "images".equals(damaged) ? imageFile : labelFile;
            assertTrue(message.contains(named.toString()), () -> name + ": the message names another file: " + message);
        } catch (Throwable e) {
            fail(name + ": " + e, e);
        }
        long allocated = Mutator.allocatedBytes() - before;
        assertTrue(allocated < MAX_ALLOCATED, () -> name + " allocated " + (allocated >> 20) + " MB");
        return loaded;
    }

    private static List<Mutator.Field> imageFields() {
        List<Mutator.Field> fields = new ArrayList<>(magicFields());
        fields.add(be("count", 4));
        fields.add(be("rows", 8));
        fields.add(be("cols", 12));
        return fields;
    }

    private static List<Mutator.Field> labelFields() {
        List<Mutator.Field> fields = new ArrayList<>(magicFields());
        fields.add(be("count", 4));
        return fields;
    }

    /** The magic number whole, and its type and dimension bytes alone. */
    private static List<Mutator.Field> magicFields() {
        return List.of(be("magic", 0), new Mutator.Field("magic.type", 2, 1, ByteOrder.BIG_ENDIAN),
                new Mutator.Field("magic.dimensions", 3, 1, ByteOrder.BIG_ENDIAN));
    }

    /** Inside the magic number and each size, the header's end, image boundaries, the last byte. */
    private static int[] imageCuts() {
        int image = SIDE * SIDE;
        return new int[] {1, 2, 4, 6, 8, 12, 16, 16 + image / 2, 16 + image, 16 + 2 * image, 16 + IMAGES / 2 * image,
            images.length - 1};
    }

    /** The gzip header's flags, time, extra flags and system; the trailer's CRC and length. */
    private static List<Mutator.Field> gzipFields(byte[] gz) {
        return List.of(new Mutator.Field("gzip.method", 2, 1, ByteOrder.LITTLE_ENDIAN),
                new Mutator.Field("gzip.flags", 3, 1, ByteOrder.LITTLE_ENDIAN),
                new Mutator.Field("gzip.mtime", 4, 4, ByteOrder.LITTLE_ENDIAN),
                new Mutator.Field("gzip.xfl", 8, 1, ByteOrder.LITTLE_ENDIAN),
                new Mutator.Field("gzip.crc", gz.length - 8, 4, ByteOrder.LITTLE_ENDIAN),
                new Mutator.Field("gzip.size", gz.length - 4, 4, ByteOrder.LITTLE_ENDIAN));
    }

    private static int[] gzipCuts(byte[] gz) {
        return new int[] {1, 2, 3, 10, 11, gz.length / 2, gz.length - 8, gz.length - 4, gz.length - 1};
    }

    private static Mutator.Field be(String name, int offset) {
        return new Mutator.Field(name, offset, 4, ByteOrder.BIG_ENDIAN);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
