package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.convscope.engine.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged pictures of every format {@code classify} reads: a small digit written by ImageIO as
 * PNG (grey, colour, palette, with alpha), JPEG, GIF and BMP (colour, palette, run-length), then
 * bit flips, runs of random bytes, cuts at every kind of place, and header fields set to zero,
 * huge and "negative" values. Every case either reads and prepares as a digit, or fails with a
 * {@link PictureFormatException} whose message is one line naming the file: no other exception,
 * no OutOfMemoryError, and no case may allocate more than {@link #MAX_ALLOCATED} (a 28-pixel
 * picture whose header claims a billion pixels must be refused, not attempted, whatever the heap).
 *
 * <p>The seed is fixed: a failure names its case ("PNG-palette field IHDR.width@16=0x80000000")
 * and repeats.
 */
class PictureFuzzTest {
    private static final long SEED = 0x5EED_2024L;
    /** A 28 x 28 picture needs a few KB; one field made 4,000 lets a decoder take some 50 MB. */
    private static final long MAX_ALLOCATED = 128L << 20;
    private static final int MIXED_PER_SEED = 260;
    private static final int RANDOM_PER_FIELD = 2;

    @TempDir
    static Path dir;

    private static BufferedImage digit;

    @BeforeAll
    static void drawDigit() throws IOException {
        Tensor ink = DigitPreprocessor.preprocess(SyntheticDigits.drawing(3, SEED).render()).input();
        digit = new BufferedImage(DigitPreprocessor.SIZE, DigitPreprocessor.SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < DigitPreprocessor.SIZE; y++) {
            for (int x = 0; x < DigitPreprocessor.SIZE; x++) {
                int v = (int) Math.round(255 * (1 - ink.get(0, y, x)));
                // A transparent corner, so the PNGs with alpha carry some.
                int alpha = x < 3 && y < 3 ? 0 : 255;
                digit.setRGB(x, y, alpha << 24 | v << 16 | v << 8 | v);
            }
        }
        // The first read loads ImageIO's plug-ins: not part of any case's allocation.
        PictureFiles.read(write("warm-up.png", encode(BufferedImage.TYPE_BYTE_GRAY, "png", null)));
    }

    @Test
    void png() throws IOException {
        int cases = 0;
        cases += fuzz("PNG-grey", "png", encode(BufferedImage.TYPE_BYTE_GRAY, "png", null));
        cases += fuzz("PNG-colour", "png", encode(BufferedImage.TYPE_INT_RGB, "png", null));
        cases += fuzz("PNG-palette", "png", encode(BufferedImage.TYPE_BYTE_INDEXED, "png", null));
        cases += fuzz("PNG-alpha", "png", encode(BufferedImage.TYPE_INT_ARGB, "png", null));
        assertTrue(cases > 1500, cases + " cases");
    }

    @Test
    void jpegGifAndBmp() throws IOException {
        int cases = 0;
        cases += fuzz("JPEG", "jpg", encode(BufferedImage.TYPE_INT_RGB, "jpeg", null));
        cases += fuzz("JPEG-grey", "jpg", encode(BufferedImage.TYPE_BYTE_GRAY, "jpeg", null));
        cases += fuzz("GIF", "gif", encode(BufferedImage.TYPE_BYTE_INDEXED, "gif", null));
        cases += fuzz("BMP-colour", "bmp", encode(BufferedImage.TYPE_INT_RGB, "bmp", null));
        cases += fuzz("BMP-palette", "bmp", encode(BufferedImage.TYPE_BYTE_INDEXED, "bmp", null));
        cases += fuzz("BMP-RLE8", "bmp", encode(BufferedImage.TYPE_BYTE_INDEXED, "bmp", "BI_RLE8"));
        assertTrue(cases > 1500, cases + " cases");
    }

    /** Runs every case made from {@code original}; returns how many. */
    private static int fuzz(String seedName, String extension, byte[] original) throws IOException {
        Layout layout = Layout.of(extension, original);
        // The undamaged picture must work, or every case would only test the error path.
        check(seedName + " undamaged", extension, original, true);
        Mutator mutator = new Mutator(SEED ^ seedName.hashCode());
        List<Mutator.Case> cases = new ArrayList<>(mutator.mixed(original, MIXED_PER_SEED, layout.cuts()));
        cases.addAll(mutator.fields(original, layout.fields(), RANDOM_PER_FIELD));
        int worked = 0;
        for (Mutator.Case c : cases) {
            worked += check(seedName + " " + c.name(), extension, c.bytes(), false) ? 1 : 0;
        }
        // Both outcomes, or the damage is too mild or too crude to test anything.
        assertTrue(worked > 0 && worked < cases.size(), seedName + ": " + worked + " of " + cases.size() + " read");
        return cases.size() + 1;
    }

    /** Reads and prepares one case; true if it worked, false if it was refused as it must be. */
    private static boolean check(String name, String extension, byte[] bytes, boolean mustWork) throws IOException {
        Path file = write("case." + extension, bytes);
        long before = Mutator.allocatedBytes();
        boolean worked = false;
        try {
            GreyImage picture = PictureFiles.read(file);
            Preprocessed prepared = DigitPreprocessor.preprocess(picture);
            if (!prepared.empty()) {
                for (double v : prepared.input().data()) {
                    assertTrue(v >= 0 && v <= 1, () -> name + ": input value " + v);
                }
            }
            worked = true;
        } catch (PictureFormatException e) {
            if (mustWork) {
                fail(name + " should read: " + e.getMessage(), e);
            }
            String message = e.getMessage();
            assertTrue(message != null && !message.isBlank(), () -> name + ": empty message");
            assertTrue(message.indexOf('\n') < 0 && message.indexOf('\r') < 0, () -> name + ": " + message);
            assertTrue(message.contains(file.toString()), () -> name + ": the message names no file: " + message);
        } catch (Throwable e) {
            fail(name + ": " + e, e);
        }
        long allocated = Mutator.allocatedBytes() - before;
        assertTrue(allocated < MAX_ALLOCATED, () -> name + " allocated " + (allocated >> 20) + " MB");
        return worked;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The digit as {@code type}, written by ImageIO as {@code format}, compressed as {@code compression}. */
    static byte[] encode(int type, String format, String compression) throws IOException {
        BufferedImage image = new BufferedImage(digit.getWidth(), digit.getHeight(), type);
        image.createGraphics().drawImage(digit, 0, 0, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Where a file's parts begin (to cut there) and its header numbers (to set to extremes), found
     * by walking the format's structure.
     */
    record Layout(int[] cuts, List<Mutator.Field> fields) {
        static Layout of(String extension, byte[] b) {
            List<Integer> cuts = new ArrayList<>();
            List<Mutator.Field> fields = new ArrayList<>();
            switch (extension) {
                case "png" -> png(b, cuts, fields);
                case "jpg" -> jpeg(b, cuts, fields);
                case "gif" -> gif(b, cuts, fields);
                case "bmp" -> bmp(b, cuts, fields);
                default -> throw new IllegalArgumentException(extension);
            }
            return new Layout(cuts.stream().mapToInt(Integer::intValue).toArray(), fields);
        }

        private static void png(byte[] b, List<Integer> cuts, List<Mutator.Field> fields) {
            ByteBuffer buffer = ByteBuffer.wrap(b);
            cuts.add(8);
            for (int at = 8; at + 8 <= b.length; ) {
                int length = buffer.getInt(at);
                String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
                fields.add(be(type + ".length", at, 4));
                if (type.equals("IHDR")) {
                    fields.add(be("IHDR.width", at + 8, 4));
                    fields.add(be("IHDR.height", at + 12, 4));
                    String[] bytes = {"depth", "colour", "compression", "filter", "interlace"};
                    for (int i = 0; i < bytes.length; i++) {
                        fields.add(be("IHDR." + bytes[i], at + 16 + i, 1));
                    }
                }
                cuts.add(at + 4);
                cuts.add(at + 8);
                cuts.add(at + 8 + length / 2);
                cuts.add(at + 8 + length);
                at += 12 + length;
                cuts.add(at);
            }
        }

        private static void jpeg(byte[] b, List<Integer> cuts, List<Mutator.Field> fields) {
            // Markers from SOI up to the start of scan; the entropy-coded data follows SOS.
            for (int at = 2; at + 4 <= b.length && (b[at] & 0xFF) == 0xFF; ) {
                int marker = b[at + 1] & 0xFF;
                int length = (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
                String name = String.format("FF%02X", marker);
                cuts.add(at);
                cuts.add(at + 2);
                cuts.add(at + 4);
                fields.add(be(name + ".length", at + 2, 2));
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    fields.add(be(name + ".precision", at + 4, 1));
                    fields.add(be(name + ".height", at + 5, 2));
                    fields.add(be(name + ".width", at + 7, 2));
                    fields.add(be(name + ".components", at + 9, 1));
                    fields.add(be(name + ".sampling", at + 11, 1));
                }
                if (marker == 0xDA) {
                    fields.add(be("SOS.components", at + 4, 1));
                    cuts.add(at + 2 + length + (b.length - at - 2 - length) / 2);
                    break;
                }
                at += 2 + length;
            }
            cuts.add(b.length - 2);
        }

        private static void gif(byte[] b, List<Integer> cuts, List<Mutator.Field> fields) {
            fields.add(le("screen.width", 6, 2));
            fields.add(le("screen.height", 8, 2));
            fields.add(le("screen.flags", 10, 1));
            cuts.add(6);
            cuts.add(13);
            int at = 13;
            if ((b[10] & 0x80) != 0) {
                at += 3 << ((b[10] & 7) + 1);
            }
            cuts.add(at);
            // Extension blocks (0x21), then the image descriptor (0x2C).
            while (at < b.length && (b[at] & 0xFF) == 0x21) {
                at += 2;
                while (at < b.length && b[at] != 0) {
                    at += 1 + (b[at] & 0xFF);
                }
                at++;
                cuts.add(at);
            }
            if (at + 11 <= b.length && (b[at] & 0xFF) == 0x2C) {
                fields.add(le("image.left", at + 1, 2));
                fields.add(le("image.top", at + 3, 2));
                fields.add(le("image.width", at + 5, 2));
                fields.add(le("image.height", at + 7, 2));
                fields.add(le("image.flags", at + 9, 1));
                fields.add(le("image.lzwMinimumCodeSize", at + 10, 1));
                fields.add(le("image.firstBlockSize", at + 11, 1));
                cuts.add(at + 10);
                cuts.add(at + 12);
            }
            cuts.add(b.length - 1);
        }

        private static void bmp(byte[] b, List<Integer> cuts, List<Mutator.Field> fields) {
            String[] names = {"fileSize", "reserved", "dataOffset", "headerSize", "width", "height"};
            int[] offsets = {2, 6, 10, 14, 18, 22};
            for (int i = 0; i < names.length; i++) {
                fields.add(le(names[i], offsets[i], 4));
            }
            fields.add(le("planes", 26, 2));
            fields.add(le("bitsPerPixel", 28, 2));
            String[] more = {"compression", "imageSize", "xPixelsPerMetre", "yPixelsPerMetre", "coloursUsed",
                "importantColours"};
            for (int i = 0; i < more.length; i++) {
                fields.add(le(more[i], 30 + 4 * i, 4));
            }
            int dataOffset = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(10);
            for (int cut : new int[] {2, 14, 18, 30, 54, dataOffset, (dataOffset + b.length) / 2}) {
                cuts.add(cut);
            }
        }

        private static Mutator.Field be(String name, int offset, int width) {
            return new Mutator.Field(name, offset, width, ByteOrder.BIG_ENDIAN);
        }

        private static Mutator.Field le(String name, int offset, int width) {
            return new Mutator.Field(name, offset, width, ByteOrder.LITTLE_ENDIAN);
        }
    }
}
