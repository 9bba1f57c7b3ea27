package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.convscope.io.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdxRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(IdxWriter.Compression.class)
    void imagesAndLabelsComeBackByteForByte(IdxWriter.Compression compression) throws Exception {
        GeneratedImages.Raw raw = GeneratedImages.generate(50, 7);
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");

        IdxWriter.writeImages(images, raw.images(), compression);
        IdxWriter.writeLabels(labels, raw.labels(), compression);

        IdxImages read = IdxReader.readImages(images);
        assertEquals(50, read.count());
        assertEquals(28, read.rows());
        assertEquals(28, read.cols());
        assertArrayEquals(raw.images().pixels(), read.pixels());
        assertArrayEquals(raw.labels(), IdxReader.readLabels(labels));
    }

    @Test
    void plainFilesHaveTheStandardLayout() throws Exception {
        byte[] pixels = {0, 1, 2, 3, 4, (byte) 255};
        Path images = dir.resolve("two.idx");
        IdxWriter.writeImages(images, new IdxImages(2, 1, 3, pixels), IdxWriter.Compression.PLAIN);

        byte[] bytes = Files.readAllBytes(images);
        byte[] header = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3};
        assertArrayEquals(header, Arrays.copyOf(bytes, 16));
        assertEquals(16 + 6, bytes.length);
        assertEquals((byte) 255, bytes[21]);
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotByTheName() throws Exception {
        Path gzipNamedPlain = dir.resolve("labels.idx");
        Path plainNamedGz = dir.resolve("labels.gz");
        byte[] labels = {3, 1, 4, 1, 5};
        IdxWriter.writeLabels(gzipNamedPlain, labels, IdxWriter.Compression.GZIP);
        IdxWriter.writeLabels(plainNamedGz, labels, IdxWriter.Compression.PLAIN);

        byte[] gz = Files.readAllBytes(gzipNamedPlain);
        assertEquals((byte) 0x1f, gz[0]);
        assertEquals((byte) 0x8b, gz[1]);
        assertArrayEquals(labels, IdxReader.readLabels(gzipNamedPlain));
        assertArrayEquals(labels, IdxReader.readLabels(plainNamedGz));
    }

    @Test
    void writingReplacesAnOldFileAndLeavesNoTemporaryFiles() throws Exception {
        Path labels = dir.resolve("labels.idx");
        IdxWriter.writeLabels(labels, new byte[] {1, 2, 3}, IdxWriter.Compression.PLAIN);
        IdxWriter.writeLabels(labels, new byte[] {9}, IdxWriter.Compression.PLAIN);

        assertArrayEquals(new byte[] {9}, IdxReader.readLabels(labels));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws Exception {
        Path labels = dir.resolve("labels.idx");
        IdxWriter.writeLabels(labels, new byte[] {1, 2, 3}, IdxWriter.Compression.PLAIN);

        assertThrows(IOException.class, () -> AtomicFile.write(labels, out -> {
            out.write(new byte[] {0, 0});
            throw new IOException("disk full");
        }));

        assertArrayEquals(new byte[] {1, 2, 3}, IdxReader.readLabels(labels));
        assertEquals(1, filesIn(dir), "the temporary file is removed");
    }

    @Test
    void writingOverAFolderNamesTheFolder() {
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> IdxWriter.writeLabels(dir, new byte[] {1}, IdxWriter.Compression.PLAIN));
        assertEquals(dir + ": is a folder; give a file name", e.getMessage());
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
