package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.convscope.data.IdxImages;
import org.convscope.data.IdxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half-way leaves the earlier file byte for byte as it was and no temporary
 * file beside it; one that succeeds replaces it whole, whether or not the writer closes the stream.
 */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheEarlierFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("model.json");
        byte[] earlier = random(300_000, 1);
        AtomicFile.write(file, out -> out.write(earlier));
        // More than the buffers hold, so part of the new content has reached the temporary file.
        byte[] half = random(200_000, 2);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(half);
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(earlier, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aWriterThatThrowsAnythingElseLeavesNothingEither() throws IOException {
        Path file = dir.resolve("trace.json");
        AtomicFile.write(file, out -> out.write("{}".getBytes()));
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(random(100_000, 3));
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals("{}", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aFirstWriteThatFailsLeavesNoFileAtAll() throws IOException {
        Path file = dir.resolve("new.png");
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(random(100_000, 4));
            throw new IOException("no more room");
        }));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aRealWriterInterruptedLeavesTheEarlierFile() throws IOException {
        // A cancelled task is interrupted: the file's channel closes at IdxWriter's next write.
        Path file = dir.resolve("images.idx.gz");
        IdxImages first = new IdxImages(100, 28, 28, random(100 * 28 * 28, 5));
        IdxWriter.writeImages(file, first, IdxWriter.Compression.GZIP);
        byte[] earlier = Files.readAllBytes(file);
        IdxImages second = new IdxImages(1000, 28, 28, random(1000 * 28 * 28, 6));
        Thread.currentThread().interrupt();
        try {
            assertThrows(ClosedByInterruptException.class,
                    () -> IdxWriter.writeImages(file, second, IdxWriter.Compression.GZIP));
        } finally {
            assertTrue(Thread.interrupted(), "still interrupted");
        }
        assertArrayEquals(earlier, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void writersThatCloseTheStreamThemselvesStillReplaceTheFileWhole() throws IOException {
        Path file = dir.resolve("labels.idx");
        AtomicFile.write(file, out -> out.write(random(50_000, 7)));
        byte[] content = random(123_457, 8);
        AtomicFile.write(file, out -> {
            try (DataOutputStream data = new DataOutputStream(out)) {
                data.write(content);
            }
        });
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    private static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** Every entry of the folder, hidden ones (the temporary files start with a dot) included. */
    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
