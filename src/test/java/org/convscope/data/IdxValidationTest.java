package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** Every kind of broken IDX file is refused with its own message, which names the file. */
class IdxValidationTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.idx");
        assertFails(() -> IdxReader.readImages(file), "image file " + file + " does not exist");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.idx"), new byte[0]);
        assertFails(() -> IdxReader.readLabels(file), "label file " + file + " is empty");
    }

    @Test
    void notIdxAtAll() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello, world", StandardCharsets.US_ASCII);
        assertFails(() -> IdxReader.readImages(file), file + " is not an IDX file: it starts with bytes 68 65 6c 6c");
    }

    @Test
    void labelFileGivenAsImages() throws IOException {
        Path file = write("labels.idx", header(2049, 3), new byte[] {1, 2, 3});
        assertFails(() -> IdxReader.readImages(file),
                file + " is an IDX label file (magic number 2049), but an IDX image file (magic number 2051) was expected");
    }

    @Test
    void otherIdxType() throws IOException {
        Path file = write("floats.idx", header(0x0D01, 1), new byte[4]);
        assertFails(() -> IdxReader.readLabels(file), "is IDX float data in 1 dimensions (magic number 3329)");
    }

    @Test
    void headerCutShort() throws IOException {
        Path file = write("short.idx", Arrays.copyOf(header(2051, 10, 28, 28), 9));
        assertFails(() -> IdxReader.readImages(file),
                file + " is truncated: its header needs 16 bytes, but the file ends after 9");
    }

    @Test
    void fewerPixelsThanTheHeaderPromises() throws IOException {
        Path file = write("cut.idx", header(2051, 10, 28, 28), new byte[28 * 28 * 9 + 5]);
        assertFails(() -> IdxReader.readImages(file), file + " is truncated: its header announces 10 images of 28x28 "
                + "(7,840 bytes of data), but only 7,061 bytes follow");
    }

    @Test
    void fewerLabelsThanTheHeaderPromises() throws IOException {
        Path file = write("cut-labels.idx", header(2049, 5), new byte[] {1, 2});
        assertFails(() -> IdxReader.readLabels(file), file + " is truncated: its header announces 5 labels");
    }

    @Test
    void trailingGarbage() throws IOException {
        Path file = write("long.idx", header(2049, 3), new byte[] {1, 2, 3, 7, 7});
        assertFails(() -> IdxReader.readLabels(file),
                file + " has 2 bytes of unexpected data after the 3 labels its header announces");
    }

    @Test
    void trailingGarbageInsideGzip() throws IOException {
        Path file = dir.resolve("long.idx.gz");
        Files.write(file, gzip(concat(header(2049, 3), new byte[] {1, 2, 3, 7})));
        assertFails(() -> IdxReader.readLabels(file), file + " has 1 bytes of unexpected data");
    }

    @Test
    void damagedGzip() throws IOException {
        byte[] packed = gzip(concat(header(2051, 100, 28, 28), new byte[100 * 28 * 28]));
        Path file = dir.resolve("cut.idx.gz");
        Files.write(file, Arrays.copyOf(packed, packed.length / 2));
        assertFails(() -> IdxReader.readImages(file),
                file + " is gzip-compressed, but the compressed data is damaged or cut off");
    }

    @Test
    void imageAndLabelCountsDisagree() throws IOException {
        Path images = write("images.idx", header(2051, 4, 2, 2), new byte[16]);
        Path labels = write("labels.idx", header(2049, 3), new byte[] {0, 1, 2});
        assertFails(() -> Dataset.load(images, labels, 10),
                "image file " + images + " holds 4 images, but label file " + labels + " holds 3 labels");
    }

    @Test
    void labelOutsideTheClasses() throws IOException {
        Path images = write("images.idx", header(2051, 4, 2, 2), new byte[16]);
        Path labels = write("labels.idx", header(2049, 4), new byte[] {0, 9, 12, 3});
        assertFails(() -> Dataset.load(images, labels, 10),
                "label file " + labels + ": label 12 at index 2 is outside the 10 classes 0..9");
    }

    @Test
    void imagesWithoutPixels() throws IOException {
        Path file = write("flat.idx", header(2051, 4, 0, 28));
        assertFails(() -> IdxReader.readImages(file), "announces images of 0x28 pixels");
    }

    @Test
    void imagesLargerThanTheLimit() throws IOException {
        Path file = write("wide.idx", header(2051, 1, 513, 28), new byte[513 * 28]);
        assertFails(() -> IdxReader.readImages(file), "image file " + file + ": its header announces images of 513x28 "
                + "pixels, larger than 512x512, the largest ConvScope opens");
        Path negative = write("negative.idx", header(2051, 1, 28, -1));
        assertFails(() -> IdxReader.readImages(negative), "announces images of 28x4294967295 pixels; rows and columns "
                + "must be at least 1");
    }

    @Test
    void morePixelsThanTheLimit() throws IOException {
        Path file = write("million.idx", header(2051, 1_000_000, 28, 28));
        assertFails(() -> IdxReader.readImages(file), "image file " + file + ": its header announces 1,000,000 images "
                + "of 28x28 (784,000,000 bytes of pixels), more than the 268,435,456 (256 MB) ConvScope opens");
    }

    @Test
    void moreLabelsThanTheLimit() throws IOException {
        Path file = write("labels.idx", header(2049, 300_000_000));
        assertFails(() -> IdxReader.readLabels(file), "label file " + file + ": its header announces 300,000,000 "
                + "labels, more than the 268,435,456 ConvScope opens");
    }

    @Test
    void aPlainFileIsMeasuredBeforeItsPixelsAreMade() throws IOException {
        // 235 MB announced, within the limit, in a file of 16 bytes: refused without making the array.
        Path file = write("promise.idx", header(2051, 300_000, 28, 28));
        long before = Mutator.allocatedBytes();
        assertFails(() -> IdxReader.readImages(file), file + " is truncated: its header announces 300,000 images of "
                + "28x28 (235,200,000 bytes of data), but only 0 bytes follow");
        assertTrue(Mutator.allocatedBytes() - before < 4 << 20, "allocated " + (Mutator.allocatedBytes() - before));
    }

    @Test
    void aGzipBombIsRefusedAfterWhatItAnnounces() throws IOException {
        // 3 labels, then 64 MB of zeros that pack into 64 KB, and the end of the gzip stream cut
        // off: a reader that unpacked it all would report the damage at the end instead.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed, 1 << 16)) {
            out.write(concat(header(2049, 3), new byte[] {1, 2, 3}));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        byte[] bomb = packed.toByteArray();
        Path file = write("bomb.idx.gz", Arrays.copyOf(bomb, bomb.length - 100));
        long before = Mutator.allocatedBytes();
        assertFails(() -> IdxReader.readLabels(file), file + " has more than 65,536 bytes of unexpected data after "
                + "the 3 labels its header announces");
        assertTrue(Mutator.allocatedBytes() - before < 4 << 20, "allocated " + (Mutator.allocatedBytes() - before));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.idx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(300L << 20);
        }
        assertFails(() -> IdxReader.readImages(file), "image file " + file + " is 300 MB, larger than 257 MB, the "
                + "largest ConvScope opens");
    }

    private static void assertFails(Executable read, String expectedPart) {
        IdxFormatException e = assertThrows(IdxFormatException.class, read);
        assertTrue(e.getMessage().contains(expectedPart),
                () -> "message '" + e.getMessage() + "' should contain '" + expectedPart + "'");
    }

    private Path write(String name, byte[]... parts) throws IOException {
        return Files.write(dir.resolve(name), concat(parts));
    }

    private static byte[] header(int magic, int... dims) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
